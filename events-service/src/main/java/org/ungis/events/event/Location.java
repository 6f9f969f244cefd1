package org.ungis.events.event;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ungis.changeevents.events.EventState;

/** Where an event takes place; every part may be unknown. */
@Embeddable
@Schema(description = "Where an event takes place; any part may be absent when not known.")
public record Location(
        @Size(max = 200) @Column(name = "city") @Schema(example = "Lillestrøm") String city,
        @CountryCode @Column(name = "country_code") @Schema(description = "ISO 3166-1 alpha-2", example = "NO") String countryCode,
        @Size(max = 300) @Column(name = "venue") @Schema(example = "Palexpo") String venue,
        @Enumerated(EnumType.STRING) @Column(name = "mode") AttendanceMode mode) {

    /** The stored form: trimmed, upper-case country code, null when nothing is known. */
    static Location normalized(Location location) {
        if (location == null) {
            return null;
        }
        Location normalized = new Location(blankToNull(location.city), location.countryCode == null ? null
                : blankToNull(location.countryCode.toUpperCase(java.util.Locale.ROOT)), blankToNull(location.venue),
                location.mode);
        return normalized.isEmpty() ? null : normalized;
    }

    boolean isEmpty() {
        return city == null && countryCode == null && venue == null && mode == null;
    }

    /** "Palexpo, Geneva, CH", or null when nothing is known of the place. */
    public String label() {
        String label = java.util.stream.Stream.of(venue, city, countryCode).filter(java.util.Objects::nonNull)
                .collect(java.util.stream.Collectors.joining(", "));
        return label.isEmpty() ? null : label;
    }

    EventState.Location toState() {
        return new EventState.Location(city, countryCode, venue, mode == null ? null : mode.name());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
