package org.ungis.gateway.graphql;

import org.ungis.gateway.downstream.DownstreamException;
import org.ungis.gateway.downstream.DownstreamException.ProblemDetails;

import io.smallrye.graphql.api.ErrorExtensionProvider;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;

/**
 * Puts a service's problem details (type, status, title, detail, field errors) in the GraphQL
 * error's {@code extensions.problem}, and the service's name in {@code extensions.service}.
 */
public final class ProblemExtensions {
    private ProblemExtensions() {
    }

    private static DownstreamException downstream(Throwable exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof DownstreamException found) {
                return found;
            }
        }
        return null;
    }

    public static final class Problem implements ErrorExtensionProvider {
        @Override
        public String getKey() {
            return "problem";
        }

        @Override
        public JsonValue mapValueFrom(Throwable exception) {
            DownstreamException failure = downstream(exception);
            if (failure == null) {
                return null;
            }
            ProblemDetails problem = failure.problem();
            JsonObjectBuilder body = Json.createObjectBuilder().add("type", problem.type())
                    .add("status", problem.status());
            if (problem.title() != null) {
                body.add("title", problem.title());
            }
            if (problem.detail() != null) {
                body.add("detail", problem.detail());
            }
            if (!problem.errors().isEmpty()) {
                JsonArrayBuilder errors = Json.createArrayBuilder();
                problem.errors().forEach(error -> errors.add(Json.createObjectBuilder()
                        .add("field", error.field() == null ? "" : error.field())
                        .add("message", error.message() == null ? "" : error.message())));
                body.add("errors", errors);
            }
            return body.build();
        }
    }

    public static final class Service implements ErrorExtensionProvider {
        @Override
        public String getKey() {
            return "service";
        }

        @Override
        public JsonValue mapValueFrom(Throwable exception) {
            DownstreamException failure = downstream(exception);
            return failure == null ? null : Json.createValue(failure.service().serviceName());
        }
    }
}
