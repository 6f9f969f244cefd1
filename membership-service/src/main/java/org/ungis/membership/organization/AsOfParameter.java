package org.ungis.membership.organization;

import java.time.LocalDate;
import java.util.Optional;

import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.ungis.platform.request.QueryValues;

/** {@code asOf=YYYY-MM-DD}: answer as things stood on that day. */
public class AsOfParameter {
    @QueryParam("asOf")
    @Parameter(description = "A date (YYYY-MM-DD); today when absent.", example = "2019-06-01")
    String asOf;

    public Optional<LocalDate> day() {
        return QueryValues.date(asOf, "asOf");
    }
}
