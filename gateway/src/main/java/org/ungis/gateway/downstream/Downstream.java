package org.ungis.gateway.downstream;

import java.util.EnumMap;
import java.util.Map;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.micrometer.core.instrument.MeterRegistry;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.PoolOptions;

/** The gateway's one client per service, built from {@link DownstreamServices}. */
@ApplicationScoped
public class Downstream {
    private final Map<Service, DownstreamClient> clients = new EnumMap<>(Service.class);
    private final Map<Service, HttpClient> https = new EnumMap<>(Service.class);

    public Downstream(Vertx vertx, DownstreamServices settings, ObjectMapper mapper, MeterRegistry registry) {
        for (Service service : Service.values()) {
            HttpClient http = vertx.createHttpClient(new HttpClientOptions()
                    .setConnectTimeout((int) Math.min(settings.timeout().toMillis(), 2_000))
                    .setKeepAlive(true).setTcpNoDelay(true)
                    .setSsl("https".equals(settings.url(service).getScheme())),
                    new PoolOptions().setHttp1MaxSize(64));
            https.put(service, http);
            clients.put(service, new DownstreamClient(service, settings.url(service), http, settings, mapper, registry));
        }
    }

    public DownstreamClient client(Service service) {
        return clients.get(service);
    }

    public DownstreamClient membership() {
        return clients.get(Service.MEMBERSHIP);
    }

    public DownstreamClient resolutions() {
        return clients.get(Service.RESOLUTIONS);
    }

    public DownstreamClient events() {
        return clients.get(Service.EVENTS);
    }

    @PreDestroy
    void close() {
        https.values().forEach(HttpClient::close);
    }
}
