package org.ungis.membership.webhook.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Random;

import org.junit.jupiter.api.Test;

import com.standardwebhooks.Webhook;

/** The sender's signer against the Standard Webhooks reference library, byte for byte. */
class WebhookSignerTest {

    @Test
    void signsTheSpecificationsExampleAsTheLibraryDoes() throws Exception {
        String secret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
        byte[] body = "{\"test\": 2432232314}".getBytes(StandardCharsets.UTF_8);
        assertThat(new WebhookSigner(secret).sign("msg_p5jXN8AQM9LWM0D4loKWxJek", 1614265330L, body))
                .isEqualTo("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=")
                .isEqualTo(new Webhook(secret).sign("msg_p5jXN8AQM9LWM0D4loKWxJek", 1614265330L,
                        new String(body, StandardCharsets.UTF_8)));
    }

    @Test
    void agreesWithTheLibraryOnRandomSecretsIdsAndBodies() throws Exception {
        Random random = new SecureRandom();
        for (int i = 0; i < 500; i++) {
            byte[] key = new byte[24 + random.nextInt(40)];
            random.nextBytes(key);
            String secret = "whsec_" + Base64.getEncoder().encodeToString(key);
            String id = "evt_" + Long.toHexString(random.nextLong()) + (i % 3 == 0 ? "é✓" : "");
            long timestamp = 1_600_000_000L + random.nextInt(400_000_000);
            String body = randomText(random, random.nextInt(3_000));
            String ours = new WebhookSigner(secret).sign(id, timestamp, body.getBytes(StandardCharsets.UTF_8));
            assertThat(ours).as("secret %s id %s", secret, id).isEqualTo(new Webhook(secret).sign(id, timestamp, body));
        }
    }

    @Test
    void oneSignerServesManyMessagesAndThreads() throws Exception {
        String secret = "whsec_" + Base64.getEncoder().encodeToString("0123456789abcdef01234567".getBytes());
        WebhookSigner signer = new WebhookSigner(secret);
        Webhook library = new Webhook(secret);
        Thread[] threads = new Thread[4];
        boolean[] agreed = new boolean[threads.length];
        for (int t = 0; t < threads.length; t++) {
            int n = t;
            threads[t] = new Thread(() -> {
                boolean all = true;
                for (int i = 0; i < 2_000; i++) {
                    String body = "{\"n\":" + n + ",\"i\":" + i + "}";
                    try {
                        all &= signer.sign("m" + i, 1_700_000_000L + i, body.getBytes(StandardCharsets.UTF_8))
                                .equals(library.sign("m" + i, 1_700_000_000L + i, body));
                    } catch (Exception e) {
                        all = false;
                    }
                }
                agreed[n] = all;
            });
            threads[t].start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        assertThat(agreed).containsOnly(true);
    }

    @Test
    void refusesAnEmptySecret() {
        assertThatThrownBy(() -> new WebhookSigner("whsec_")).isInstanceOf(IllegalArgumentException.class);
    }

    private static String randomText(Random random, int length) {
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append(i % 97 == 5 ? '\u00e9' : (char) (' ' + random.nextInt(95)));
        }
        return text.toString();
    }
}
