package org.ungis.platform.readcache;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * What the cache keeps: an answer from its key's second request on, and at most its byte budget
 * of answers (past it, it starts again empty).
 */
class ReadCacheBoundsTest {
    private final AtomicInteger reads = new AtomicInteger();
    private final long[] generation = { 7 };
    /** The changes heard of: none unless a test moves the generation. */
    private final CommittedChanges changes = new CommittedChanges(null, null) {
        @Override
        public long generation() {
            return generation[0];
        }
    };

    @Test
    void keepsAnAnswerFromItsKeysSecondRequest() {
        ReadCache cache = new ReadCache(changes, new ObjectMapper(), 1_000);
        read(cache, "a");
        read(cache, "a");
        assertThat(reads).as("asked for once, the first answer was not kept").hasValue(2);
        read(cache, "a");
        read(cache, "a");
        assertThat(reads).as("the second answer was kept").hasValue(2);
    }

    @Test
    void startsAgainEmptyWhenTheAnswersWouldPassTheByteBudget() {
        // each answer is a 40-character JSON string, 42 bytes: three fit in 130, a fourth does not
        ReadCache cache = new ReadCache(changes, new ObjectMapper(), 130);
        for (String key : new String[] { "a", "b", "c", "a", "b", "c", "d" }) {
            read(cache, key);
        }
        read(cache, "d");
        assertThat(reads).as("a, b, c and d kept from their second request").hasValue(8);
        read(cache, "b");
        read(cache, "d");
        assertThat(reads).as("keeping d emptied the cache: b is read again, d is kept").hasValue(9);
    }

    @Test
    void anAnswerReplacedByANewerOneCountsOnce() {
        ReadCache cache = new ReadCache(changes, new ObjectMapper(), 130);
        read(cache, "b");
        read(cache, "b");
        for (int change = 0; change < 10; change++) {
            generation[0]++;
            read(cache, "a");
            read(cache, "b");
        }
        read(cache, "b");
        assertThat(reads).as("ten versions of a and of b take the room of one each, so b stayed").hasValue(22);
    }

    private void read(ReadCache cache, String key) {
        cache.ok(key, () -> {
            reads.incrementAndGet();
            return key.repeat(40);
        }, value -> null);
    }
}
