package org.ungis.testing;

import org.testcontainers.DockerClientFactory;

/**
 * The one {@link Infrastructure} of a test JVM, started on first use and stopped at exit.
 * {@code UNGIS_TEST_INFRASTRUCTURE} may force {@code embedded} or {@code containers}; by default
 * containers are used when a Docker engine answers, embedded processes otherwise.
 */
public final class SharedInfrastructure {
    private SharedInfrastructure() {
    }

    public static Infrastructure get() {
        return Holder.INSTANCE;
    }

    private static final class Holder {
        static final Infrastructure INSTANCE = start();
    }

    private static Infrastructure start() {
        String choice = System.getenv().getOrDefault("UNGIS_TEST_INFRASTRUCTURE", "auto");
        boolean containers = switch (choice) {
            case "containers" -> true;
            case "embedded" -> false;
            default -> dockerAvailable();
        };
        return containers ? ContainerInfrastructure.start() : EmbeddedInfrastructure.start();
    }

    private static boolean dockerAvailable() {
        // skip Testcontainers' probe (and its alarming log) where no engine can be configured
        if (System.getenv("DOCKER_HOST") == null && !java.nio.file.Files.exists(java.nio.file.Path.of("/var/run/docker.sock"))
                && !java.nio.file.Files.exists(java.nio.file.Path.of(System.getProperty("user.home"), ".testcontainers.properties"))) {
            return false;
        }
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }
}
