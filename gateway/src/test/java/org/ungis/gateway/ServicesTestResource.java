package org.ungis.gateway;

import java.util.EnumMap;
import java.util.Map;

import org.ungis.gateway.downstream.Service;
import org.ungis.testing.PackagedPlatform;
import org.ungis.testing.PackagedService;
import org.ungis.testing.SharedInfrastructure;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Starts the three packaged services (prod profile, development public key, each its own database on
 * the shared PostgreSQL, the shared Kafka broker), side by side, once per test JVM, and points the
 * gateway under test at them. Tests may stop one and start it again ({@link #stop}, {@link #restart}).
 */
public class ServicesTestResource implements QuarkusTestResourceLifecycleManager {
    private static final Map<Service, PackagedService> RUNNING = new EnumMap<>(Service.class);

    @Override
    public synchronized Map<String, String> start() {
        if (RUNNING.isEmpty()) {
            Map<String, PackagedService> started = PackagedPlatform.startAll(PackagedPlatform.SERVICES,
                    module -> PackagedService.environment(PackagedService.freePort(), "gateway_" + service(module).routeName()));
            started.forEach((module, service) -> RUNNING.put(service(module), service));
            Runtime.getRuntime().addShutdownHook(new Thread(() -> RUNNING.values().forEach(PackagedService::close),
                    "gateway-test-services-stop"));
        }
        return Map.of(
                "ungis.gateway.membership-url", RUNNING.get(Service.MEMBERSHIP).url(),
                "ungis.gateway.resolutions-url", RUNNING.get(Service.RESOLUTIONS).url(),
                "ungis.gateway.events-url", RUNNING.get(Service.EVENTS).url(),
                "ungis.kafka.bootstrap-servers", SharedInfrastructure.get().kafkaBootstrapServers());
    }

    private static Service service(String module) {
        for (Service service : Service.values()) {
            if (service.serviceName().equals(module)) {
                return service;
            }
        }
        throw new IllegalArgumentException(module);
    }

    public static String url(Service service) {
        return RUNNING.get(service).url();
    }

    public static void stop(Service service) {
        RUNNING.get(service).stop();
    }

    public static void restart(Service service) {
        PackagedService running = RUNNING.get(service);
        running.launch();
        running.awaitReady();
    }

    @Override
    public void stop() {
        // shared by every test class of the JVM; stopped at exit
    }
}
