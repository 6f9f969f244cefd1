package org.ungis.gateway.downstream;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

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
        HealthCheckResponseBuilder response = HealthCheckResponse.named("downstream services").up();
        Map.of("membership-service", services.membership(),
                "resolutions-service", services.resolutions(),
                "events-service", services.events())
                .forEach((name, url) -> response.withData(name, probe(url)));
        return response.build();
    }

    private String probe(URI base) {
        try {
            HttpResponse<Void> answer = client.send(
                    HttpRequest.newBuilder(base.resolve("/q/health/ready")).timeout(Duration.ofSeconds(2)).GET().build(),
                    HttpResponse.BodyHandlers.discarding());
            return answer.statusCode() == 200 ? "UP" : "DOWN (" + answer.statusCode() + ")";
        } catch (java.io.IOException e) {
            return "UNREACHABLE";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "UNKNOWN";
        }
    }
}
