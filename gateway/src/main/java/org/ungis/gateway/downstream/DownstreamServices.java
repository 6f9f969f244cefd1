package org.ungis.gateway.downstream;

import java.net.URI;
import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

/** Where the services behind the gateway answer, and how long the gateway waits for them. */
@ConfigMapping(prefix = "ungis.gateway")
public interface DownstreamServices {

    @WithName("membership-url")
    URI membership();

    @WithName("resolutions-url")
    URI resolutions();

    @WithName("events-url")
    URI events();

    /** Longest wait for one service's answer (GraphQL reads and REST routing alike). */
    @WithDefault("3s")
    Duration timeout();

    /** Failures in a row (unreachable, timeout, 5xx) after which a service is not called for a while. */
    @WithName("circuit-breaker.failures")
    @WithDefault("5")
    int breakerFailures();

    /** How long a tripped breaker keeps the service out before one trial call. */
    @WithName("circuit-breaker.open-for")
    @WithDefault("5s")
    Duration breakerOpenFor();

    default URI url(Service service) {
        return switch (service) {
            case MEMBERSHIP -> membership();
            case RESOLUTIONS -> resolutions();
            case EVENTS -> events();
        };
    }
}
