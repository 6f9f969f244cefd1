package org.ungis.membership.webhook.subscription;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.UUID;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.ungis.membership.webhook.WebhookSettings;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;

/**
 * Makes signing secrets ({@code whsec_} + base64 of 32 random bytes) and keeps them encrypted at
 * rest with AES-256-GCM under the configured key, bound to their subscription's id, so a database
 * dump alone cannot sign a webhook.
 */
@ApplicationScoped
public class SigningSecrets {
    static final String MISSING_KEY = "No webhook secret key is configured. Set WEBHOOK_SECRET_KEY "
            + "(base64 of 32 random bytes, e.g. `openssl rand -base64 32`) before starting in production.";
    private static final String PREFIX = "whsec_";
    private static final int SECRET_BYTES = 32;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecureRandom random = new SecureRandom();
    private final SecretKeySpec key;

    public SigningSecrets(WebhookSettings settings) {
        this.key = settings.secretKey().filter(value -> !value.isBlank()).map(SigningSecrets::aesKey).orElse(null);
    }

    void check(@Observes StartupEvent event) {
        if (key == null && LaunchMode.current() == LaunchMode.NORMAL) {
            throw new IllegalStateException(MISSING_KEY);
        }
    }

    public String generate() {
        byte[] bytes = new byte[SECRET_BYTES];
        random.nextBytes(bytes);
        return PREFIX + Base64.getEncoder().encodeToString(bytes);
    }

    public byte[] encrypt(String secret, UUID subscription) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            Cipher cipher = cipher(Cipher.ENCRYPT_MODE, nonce, subscription);
            byte[] sealed = cipher.doFinal(secret.getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.allocate(NONCE_BYTES + sealed.length).put(nonce).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot encrypt a webhook secret", e);
        }
    }

    public String decrypt(byte[] stored, UUID subscription) {
        try {
            Cipher cipher = cipher(Cipher.DECRYPT_MODE, java.util.Arrays.copyOf(stored, NONCE_BYTES), subscription);
            return new String(cipher.doFinal(stored, NONCE_BYTES, stored.length - NONCE_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot decrypt the secret of webhook subscription " + subscription
                    + " (was the key changed?)", e);
        }
    }

    private Cipher cipher(int mode, byte[] nonce, UUID subscription) throws GeneralSecurityException {
        if (key == null) {
            throw new IllegalStateException(MISSING_KEY);
        }
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
        cipher.updateAAD(subscription.toString().getBytes(StandardCharsets.US_ASCII));
        return cipher;
    }

    private static SecretKeySpec aesKey(String base64) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("ungis.webhooks.secret-key is not base64", e);
        }
        if (bytes.length != 32) {
            throw new IllegalStateException("ungis.webhooks.secret-key must be 32 bytes, not " + bytes.length);
        }
        return new SecretKeySpec(bytes, "AES");
    }
}
