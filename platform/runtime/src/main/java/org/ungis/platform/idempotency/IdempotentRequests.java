package org.ungis.platform.idempotency;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.ungis.platform.problem.ProblemException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * {@code Idempotency-Key} on requests that create: the first request's response is stored in the
 * same transaction as its change; a retry with the same key and body gets that response again
 * (and changes nothing), the same key with another body is refused. A request that failed stored
 * nothing, so it may be retried with its key. Concurrent requests with one key are serialized by
 * the primary key: the second waits for the first and then replays it.
 */
@ApplicationScoped
public class IdempotentRequests {
    public static final String HEADER = "Idempotency-Key";
    private static final int MAX_KEY_LENGTH = 200;

    private final EntityManager entityManager;
    private final ObjectMapper objectMapper;
    private final Duration retention;

    public IdempotentRequests(EntityManager entityManager, ObjectMapper objectMapper,
            @ConfigProperty(name = "ungis.idempotency.retention", defaultValue = "P1D") Duration retention) {
        this.entityManager = entityManager;
        this.objectMapper = objectMapper;
        this.retention = retention;
    }

    /**
     * Runs {@code action} once per (caller, key).
     *
     * @param request what identifies the request besides the key: method, path and body
     */
    public Response run(String key, String caller, Object request, Supplier<Response> action) {
        if (key == null) {
            return action.get();
        }
        if (key.isBlank() || key.length() > MAX_KEY_LENGTH) {
            throw ProblemException.invalid(HEADER, "must be 1 to " + MAX_KEY_LENGTH + " characters");
        }
        String fingerprint = fingerprint(request);
        Optional<Response> replay = replay(caller, key, fingerprint);
        if (replay.isPresent()) {
            return replay.get();
        }
        try {
            return QuarkusTransaction.requiringNew().call(() -> {
                entityManager.createNativeQuery("""
                        insert into idempotent_request (caller, key, fingerprint, status) values (?1, ?2, ?3, 0)""")
                        .setParameter(1, caller).setParameter(2, key).setParameter(3, fingerprint)
                        .executeUpdate();
                Response response = action.get();
                entityManager.createNativeQuery("""
                        update idempotent_request set status = ?3, location = ?4, etag = ?5, body = ?6
                        where caller = ?1 and key = ?2""")
                        .setParameter(1, caller).setParameter(2, key)
                        .setParameter(3, response.getStatus())
                        .setParameter(4, header(response, HttpHeaders.LOCATION))
                        .setParameter(5, header(response, HttpHeaders.ETAG))
                        .setParameter(6, toJson(response.getEntity()))
                        .executeUpdate();
                return response;
            });
        } catch (ProblemException e) {
            throw e;
        } catch (RuntimeException e) {
            if (!isDuplicateKey(e)) {
                throw e;
            }
            // another request with this key committed first: answer as it did
            return replay(caller, key, fingerprint).orElseThrow(() -> e);
        }
    }

    private static boolean isDuplicateKey(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof java.sql.SQLException sql && "23505".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    private Optional<Response> replay(String caller, String key, String fingerprint) {
        List<?> rows = QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery("""
                select fingerprint, status, location, etag, body from idempotent_request
                where caller = ?1 and key = ?2""")
                .setParameter(1, caller).setParameter(2, key)
                .getResultList());
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] row = (Object[]) rows.get(0);
        if (!fingerprint.equals(row[0])) {
            throw ProblemException.unprocessable("idempotency-key-reused",
                    "This Idempotency-Key was already used for a different request.", List.of());
        }
        Response.ResponseBuilder response = Response.status(((Number) row[1]).intValue())
                .header("Idempotent-Replayed", "true");
        if (row[2] != null) {
            response.header(HttpHeaders.LOCATION, row[2]);
        }
        if (row[3] != null) {
            response.header(HttpHeaders.ETAG, row[3]);
        }
        if (row[4] != null) {
            response.entity(row[4]).type(MediaType.APPLICATION_JSON_TYPE);
        }
        return Optional.of(response.build());
    }

    @Scheduled(every = "1h", delayed = "5m")
    void forgetOldKeys() {
        QuarkusTransaction.requiringNew().run(() -> entityManager
                .createNativeQuery("delete from idempotent_request where created_at < ?1")
                .setParameter(1, Instant.now().minus(retention))
                .executeUpdate());
    }

    private String fingerprint(Object request) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(objectMapper.writeValueAsString(request).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException | JsonProcessingException e) {
            throw new IllegalStateException("cannot fingerprint the request", e);
        }
    }

    private String toJson(Object entity) {
        if (entity == null) {
            return null;
        }
        try {
            return objectMapper.writeValueAsString(entity);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot store the response", e);
        }
    }

    private static String header(Response response, String name) {
        Object value = response.getHeaders().getFirst(name);
        return value == null ? null : value.toString();
    }
}
