package org.ungis.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * The platform's packaged services as an operator starts them: each from its module's
 * {@code target/quarkus-app}, verifying tokens with the development public key, membership-service
 * with a fixed webhook key. Used by the gateway's tests (the three services) and the end-to-end
 * tests (the three services and the gateway).
 */
public final class PackagedPlatform {
    public static final String MEMBERSHIP = "membership-service";
    public static final String RESOLUTIONS = "resolutions-service";
    public static final String EVENTS = "events-service";
    public static final String GATEWAY = "gateway";
    /** The three services behind the gateway, in the order they are listed everywhere. */
    public static final List<String> SERVICES = List.of(MEMBERSHIP, RESOLUTIONS, EVENTS);

    /** Encrypts webhook secrets at rest in the test runs; base64 of 32 bytes. */
    private static final String WEBHOOK_SECRET_KEY = "dW5naXMtZ2F0ZXdheS10ZXN0LXdlYmhvb2sta2V5LTE=";

    private PackagedPlatform() {
    }

    /**
     * Starts {@code module}'s packaged jar with {@code environment} (which names the PORT) plus what
     * every platform service needs, and waits until it is ready.
     */
    public static PackagedService start(String module, Map<String, String> environment) {
        Map<String, String> complete = new HashMap<>(environment);
        if (!GATEWAY.equals(module)) {
            complete.putIfAbsent("MP_JWT_VERIFY_PUBLICKEY_LOCATION", PackagedService.devPublicKey().toString());
        }
        if (MEMBERSHIP.equals(module)) {
            complete.putIfAbsent("WEBHOOK_SECRET_KEY", WEBHOOK_SECRET_KEY);
        }
        return PackagedService.start(PackagedService.jar(moduleDirectory(module)), complete);
    }

    /** Starts {@code modules} side by side (they take a while each) and returns them once all are ready. */
    public static Map<String, PackagedService> startAll(List<String> modules,
            Function<String, Map<String, String>> environment) {
        Map<String, CompletableFuture<PackagedService>> starting = new LinkedHashMap<>();
        for (String module : modules) {
            starting.put(module, CompletableFuture.supplyAsync(() -> start(module, environment.apply(module))));
        }
        Map<String, PackagedService> started = new LinkedHashMap<>();
        RuntimeException failure = null;
        for (Map.Entry<String, CompletableFuture<PackagedService>> entry : starting.entrySet()) {
            try {
                started.put(entry.getKey(), entry.getValue().join());
            } catch (RuntimeException e) {
                failure = failure == null ? e : failure;
            }
        }
        if (failure != null) {
            started.values().forEach(PackagedService::close); // none left running behind a failed start
            throw failure;
        }
        return started;
    }

    /** The module's folder, found from the working directory up (tests run in their own module's folder). */
    static Path moduleDirectory(String module) {
        for (Path directory = Paths.get("").toAbsolutePath(); directory != null; directory = directory.getParent()) {
            if (Files.isDirectory(directory.resolve(module).resolve("src"))) {
                return directory.resolve(module);
            }
        }
        throw new IllegalStateException("no module " + module + " above " + Paths.get("").toAbsolutePath());
    }
}
