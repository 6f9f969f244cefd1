package org.ungis.membership.webhook.delivery;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Standard Webhooks signatures ({@code v1,} + base64 of HMAC-SHA256 over {@code id.timestamp.body})
 * for one secret, from a key set up once: the reference library looks up and keys a new
 * {@link Mac} and formats strings on every call, which at thousands of deliveries a second is
 * most of the sender's work. Byte for byte the same as the library (SignatureVectorTest).
 */
final class WebhookSigner {
    private static final String PREFIX = "whsec_";
    private final Mac keyed;

    /** {@code secret}: {@code whsec_} and the base64 of the key, as shown to the subscriber. */
    WebhookSigner(String secret) {
        byte[] key = Base64.getDecoder().decode(secret.startsWith(PREFIX) ? secret.substring(PREFIX.length()) : secret);
        if (key.length == 0) {
            throw new IllegalArgumentException("empty signing secret");
        }
        try {
            keyed = Mac.getInstance("HmacSHA256");
            keyed.init(new SecretKeySpec(key, "HmacSHA256"));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 unavailable", e);
        }
    }

    /** The signature of a message; safe to call from several threads. */
    String sign(String messageId, long timestamp, byte[] body) {
        Mac mac;
        try {
            mac = (Mac) keyed.clone();
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException("HMAC-SHA256 cannot be cloned", e);
        }
        mac.update(messageId.getBytes(StandardCharsets.UTF_8));
        mac.update((byte) '.');
        mac.update(Long.toString(timestamp).getBytes(StandardCharsets.US_ASCII));
        mac.update((byte) '.');
        return "v1," + Base64.getEncoder().encodeToString(mac.doFinal(body));
    }
}
