package org.ungis.gateway.downstream;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;
import org.ungis.gateway.subscription.ChangeFeed;

/**
 * Reports, for operators, whether each service behind the gateway is ready. The gateway itself
 * stays ready when one is not: it then answers with what the others have. The probes run side by
 * side, at most once a second however often the gateway itself is probed.
 */
@Readiness
@ApplicationScoped
public class DownstreamHealthCheck implements HealthCheck {
    private static final Duration FRESH_FOR = Duration.ofSeconds(1);

    private final DownstreamServices services;
    private final ChangeFeed changeFeed;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
    private Map<String, String> lastReport;
    private long lastProbedNanos;

    public DownstreamHealthCheck(DownstreamServices services, ChangeFeed changeFeed) {
        this.services = services;
        this.changeFeed = changeFeed;
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("downstream services").up();
        report().forEach(response::withData);
        response.withData("change feed", changeFeed.reading() ? "READING" : "WAITING FOR TOPICS");
        return response.build();
    }

    private synchronized Map<String, String> report() {
        if (lastReport == null || System.nanoTime() - lastProbedNanos > FRESH_FOR.toNanos()) {
            Map<String, CompletableFuture<String>> probes = new LinkedHashMap<>();
            probes.put("membership-service", probe(services.membership()));
            probes.put("resolutions-service", probe(services.resolutions()));
            probes.put("events-service", probe(services.events()));
            Map<String, String> report = new LinkedHashMap<>();
            probes.forEach((name, state) -> report.put(name, state.join()));
            lastReport = report;
            lastProbedNanos = System.nanoTime();
        }
        return lastReport;
    }

    private CompletableFuture<String> probe(URI base) {
        return client.sendAsync(
                HttpRequest.newBuilder(base.resolve("/q/health/ready")).timeout(Duration.ofSeconds(2)).GET().build(),
                HttpResponse.BodyHandlers.discarding())
                .thenApply(answer -> answer.statusCode() == 200 ? "UP" : "DOWN (" + answer.statusCode() + ")")
                .exceptionally(error -> "UNREACHABLE");
    }
}
