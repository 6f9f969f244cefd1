package org.ungis.membership.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.ungis.testing.WebhookSignatures;

import com.standardwebhooks.Webhook;

/**
 * The signing library and the tests' own verifier agree with each other and with the example in
 * the Standard Webhooks specification, byte for byte.
 */
class SignatureVectorTest {
    private static final String SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    private static final String ID = "msg_p5jXN8AQM9LWM0D4loKWxJek";
    private static final long TIMESTAMP = 1614265330L;
    private static final String BODY = "{\"test\": 2432232314}";
    private static final String SIGNATURE = "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=";

    @Test
    void theLibraryAndTheIndependentVerifierMatchTheSpecificationsExample() throws Exception {
        assertThat(new Webhook(SECRET).sign(ID, TIMESTAMP, BODY)).isEqualTo(SIGNATURE);
        assertThat(WebhookSignatures.expected(SECRET, ID, Long.toString(TIMESTAMP), BODY)).isEqualTo(SIGNATURE);
        assertThat(WebhookSignatures.verifies(SECRET, ID, Long.toString(TIMESTAMP), BODY, "v1,bm90IGl0 " + SIGNATURE)).isTrue();
        assertThat(WebhookSignatures.verifies(SECRET, ID, Long.toString(TIMESTAMP), BODY + " ", SIGNATURE)).isFalse();
    }
}
