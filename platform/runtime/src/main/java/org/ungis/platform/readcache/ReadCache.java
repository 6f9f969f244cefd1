package org.ungis.platform.readcache;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Serialized answers of public reads, kept until the next committed change ({@link
 * CommittedChanges}): a hit skips the database and JSON writing, and is never older than the
 * last commit this instance has heard of. An answer computed while a change committed is
 * stored under the generation read before computing it, so it is not served afterwards.
 */
@ApplicationScoped
public class ReadCache {
    private static final int MAX_ENTRIES = 4_096;

    private final CommittedChanges changes;
    private final ObjectMapper objectMapper;
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();

    public ReadCache(CommittedChanges changes, ObjectMapper objectMapper) {
        this.changes = changes;
        this.objectMapper = objectMapper;
    }

    /** A 200 JSON answer for {@code key}, from the cache or from {@code read}, with the ETag {@code tag} gives (or none). */
    public <T> Response ok(String key, Supplier<T> read, Function<T, EntityTag> tag) {
        return answer(key, () -> {
            T value = read.get();
            return new Answer(value, tag.apply(value), Map.of());
        });
    }

    /** A 200 JSON answer for {@code key}, from the cache or from {@code read}, with its ETag and other headers. */
    public Response answer(String key, Supplier<Answer> read) {
        long generation = changes.generation();
        Entry entry = generation < 0 ? null : entries.get(key);
        if (entry == null || entry.generation() != generation) {
            Answer answer = read.get();
            entry = new Entry(generation, serialize(answer.body()), answer.tag(), Map.copyOf(answer.headers()));
            if (generation >= 0) {
                if (entries.size() >= MAX_ENTRIES) {
                    entries.clear();
                }
                entries.put(key, entry);
            }
        }
        Response.ResponseBuilder response = Response.ok(entry.body(), MediaType.APPLICATION_JSON_TYPE);
        entry.headers().forEach(response::header);
        return entry.tag() == null ? response.build() : response.tag(entry.tag()).build();
    }

    /** What a read answers: the body (written as JSON), its ETag (or null), other headers. */
    public record Answer(Object body, EntityTag tag, Map<String, String> headers) {
    }

    private byte[] serialize(Object value) {
        try {
            return objectMapper.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialize " + value.getClass().getSimpleName(), e);
        }
    }

    private record Entry(long generation, byte[] body, EntityTag tag, Map<String, String> headers) {
    }
}
