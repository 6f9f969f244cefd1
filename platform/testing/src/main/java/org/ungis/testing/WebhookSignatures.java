package org.ungis.testing;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Checks a {@code webhook-signature} header the way the Standard Webhooks specification defines
 * it, written here from the specification and independent of the library the platform signs with:
 * base64 of HMAC-SHA256, keyed with the base64-decoded part of the {@code whsec_} secret, over
 * {@code id.timestamp.body}; the header holds one or more space-separated {@code v1,<signature>}.
 */
public final class WebhookSignatures {
    private WebhookSignatures() {
    }

    public static String expected(String secret, String id, String timestamp, String body) {
        try {
            byte[] key = Base64.getDecoder().decode(secret.startsWith("whsec_") ? secret.substring(6) : secret);
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            byte[] digest = mac.doFinal((id + "." + timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
            return "v1," + Base64.getEncoder().encodeToString(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether any signature in {@code header} was made with {@code secret}. */
    public static boolean verifies(String secret, String id, String timestamp, String body, String header) {
        if (header == null) {
            return false;
        }
        byte[] wanted = expected(secret, id, timestamp, body).getBytes(StandardCharsets.US_ASCII);
        for (String candidate : header.trim().split(" +")) {
            if (MessageDigest.isEqual(wanted, candidate.getBytes(StandardCharsets.US_ASCII))) {
                return true;
            }
        }
        return false;
    }
}
