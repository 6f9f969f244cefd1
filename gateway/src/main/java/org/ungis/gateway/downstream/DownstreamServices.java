package org.ungis.gateway.downstream;

import java.net.URI;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithName;

/** Where the services behind the gateway answer. */
@ConfigMapping(prefix = "ungis.gateway")
public interface DownstreamServices {

    @WithName("membership-url")
    URI membership();

    @WithName("resolutions-url")
    URI resolutions();

    @WithName("events-url")
    URI events();
}
