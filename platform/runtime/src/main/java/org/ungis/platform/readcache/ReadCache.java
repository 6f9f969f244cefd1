package org.ungis.platform.readcache;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.function.Function;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Serialized answers of public reads, kept until the next committed change ({@link
 * CommittedChanges}): a hit skips the database and JSON writing, and is never older than the
 * last commit this instance has heard of. An answer computed while a change committed is
 * stored under the generation read before computing it, so it is not served afterwards.
 *
 * <p>An answer is kept from its key's second request on: keys asked for once are remembered by
 * hash in a fixed table, so reads nobody repeats (distinct searches at 100/s) do not fill the
 * heap with answers that live long enough to be promoted and then die, which had the serial
 * collector run 100 ms full collections every half minute. The cache is also bounded in entries
 * and in bytes of answers (a search answer is some 12 KB): when either is reached it starts again
 * empty.
 */
@ApplicationScoped
public class ReadCache {
    private static final int MAX_ENTRIES = 4_096;

    private final CommittedChanges changes;
    private final ObjectMapper objectMapper;
    private final long maxBytes;
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final AtomicLong bytes = new AtomicLong();
    /** By slot, the mark of the last key asked for there; see {@link #askedBefore}. */
    private final AtomicLongArray askedOnce = new AtomicLongArray(1 << 16);

    public ReadCache(CommittedChanges changes, ObjectMapper objectMapper,
            @ConfigProperty(name = "ungis.read-cache.max-bytes", defaultValue = "16777216") long maxBytes) {
        this.changes = changes;
        this.objectMapper = objectMapper;
        this.maxBytes = maxBytes;
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
            if (generation >= 0 && askedBefore(key)) {
                if (entries.size() >= MAX_ENTRIES || bytes.get() + entry.body().length > maxBytes) {
                    entries.clear();
                    bytes.set(0);
                }
                Entry replaced = entries.put(key, entry);
                bytes.addAndGet(entry.body().length - (replaced == null ? 0 : replaced.body().length));
            }
        }
        Response.ResponseBuilder response = Response.ok(entry.body(), MediaType.APPLICATION_JSON_TYPE);
        entry.headers().forEach(response::header);
        return entry.tag() == null ? response.build() : response.tag(entry.tag()).build();
    }

    /**
     * Whether {@code key} was asked for before (and not pushed out of its slot by another key
     * since), noting that it is asked for now. A collision only caches or skips one answer early.
     */
    private boolean askedBefore(String key) {
        int hash = key.hashCode();
        long mark = ((long) hash << 1) | 1; // never 0, the empty slot
        int slot = (hash ^ (hash >>> 16)) & (askedOnce.length() - 1);
        return askedOnce.getAndSet(slot, mark) == mark;
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
