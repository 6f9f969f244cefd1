package org.ungis.platform.seed;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.function.BooleanSupplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Loading a service's seed data on its first start: all or nothing, in one transaction, while
 * holding an advisory lock, so instances starting together take turns and the second finds the
 * data there.
 */
@ApplicationScoped
public class Seeding {
    private final EntityManager entityManager;
    private final ObjectMapper objectMapper;

    public Seeding(EntityManager entityManager, ObjectMapper objectMapper) {
        this.entityManager = entityManager;
        this.objectMapper = objectMapper;
    }

    /** Runs {@code load} unless {@code seeded} finds the data already there. */
    public void once(long lock, BooleanSupplier seeded, Runnable load) {
        QuarkusTransaction.requiringNew().run(() -> {
            entityManager.createNativeQuery("select pg_advisory_xact_lock(?1)").setParameter(1, lock).getSingleResult();
            if (!seeded.getAsBoolean()) {
                load.run();
            }
        });
    }

    /** A JSON resource on the class path, such as {@code /seed/ungis-events.json}. */
    public <T> T read(String resource, Class<T> type) {
        try (InputStream in = Seeding.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("no seed resource " + resource);
            }
            return objectMapper.readValue(in, type);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the seed " + resource, e);
        }
    }
}
