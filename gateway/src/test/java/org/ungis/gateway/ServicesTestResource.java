package org.ungis.gateway;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.ungis.gateway.downstream.Service;
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
            Map<Service, CompletableFuture<PackagedService>> starting = new EnumMap<>(Service.class);
            for (Service service : Service.values()) {
                starting.put(service, CompletableFuture.supplyAsync(() -> launch(service)));
            }
            starting.forEach((service, started) -> RUNNING.put(service, started.join()));
            Runtime.getRuntime().addShutdownHook(new Thread(() -> RUNNING.values().forEach(PackagedService::close),
                    "gateway-test-services-stop"));
        }
        return Map.of(
                "ungis.gateway.membership-url", RUNNING.get(Service.MEMBERSHIP).url(),
                "ungis.gateway.resolutions-url", RUNNING.get(Service.RESOLUTIONS).url(),
                "ungis.gateway.events-url", RUNNING.get(Service.EVENTS).url(),
                "ungis.kafka.bootstrap-servers", SharedInfrastructure.get().kafkaBootstrapServers());
    }

    private static PackagedService launch(Service service) {
        Map<String, String> environment = PackagedService.environment(PackagedService.freePort(),
                "gateway_" + service.routeName());
        environment.put("MP_JWT_VERIFY_PUBLICKEY_LOCATION", PackagedService.devPublicKey().toString());
        if (service == Service.MEMBERSHIP) {
            environment.put("WEBHOOK_SECRET_KEY", "dW5naXMtZ2F0ZXdheS10ZXN0LXdlYmhvb2sta2V5LTE=");
        }
        return PackagedService.start(PackagedService.jar(Path.of("..", service.serviceName())), environment);
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
