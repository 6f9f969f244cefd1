package org.ungis.gateway.downstream;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Reports, for operators, whether each service behind the gateway is ready. The gateway itself
 * stays ready when one is not: it then answers with what the others have.
 */
@Readiness
@ApplicationScoped
public class DownstreamHealthCheck implements HealthCheck {
    private final DownstreamServices services;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

    public DownstreamHealthCheck(DownstreamServices services) {
        this.services = services;
    }

    @Override
    public HealthCheckResponse call() {
        Map<String, CompletableFuture<String>> probes = Map.of(
                "membership-service", probe(services.membership()),
                "resolutions-service", probe(services.resolutions()),
                "events-service", probe(services.events()));
        HealthCheckResponseBuilder response = HealthCheckResponse.named("downstream services").up();
        probes.forEach((name, state) -> response.withData(name, state.join()));
        return response.build();
    }

    /** Probes run side by side, so the check takes as long as the slowest service, at most 2 s. */
    private CompletableFuture<String> probe(URI base) {
        return client.sendAsync(
                HttpRequest.newBuilder(base.resolve("/q/health/ready")).timeout(Duration.ofSeconds(2)).GET().build(),
                HttpResponse.BodyHandlers.discarding())
                .thenApply(answer -> answer.statusCode() == 200 ? "UP" : "DOWN (" + answer.statusCode() + ")")
                .exceptionally(error -> "UNREACHABLE");
    }
}
