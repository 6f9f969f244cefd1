import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicLong;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;

/**
 * The least a webhook sender can cost here: signed POSTs on a fixed schedule from the Vert.x
 * client that membership-service uses, on its event loop, with nothing stored, looked up or
 * handed between threads. Run by bench/lib/webhook-floor.mjs with the services' JVM settings.
 * Arguments: rate (requests/s), seconds, secret (whsec_...), receiver port.
 */
public class WebhookFloorSender {
    public static void main(String[] args) throws Exception {
        int rate = Integer.parseInt(args[0]);
        int seconds = Integer.parseInt(args[1]);
        SecretKeySpec key = new SecretKeySpec(Base64.getDecoder().decode(args[2].replace("whsec_", "")), "HmacSHA256");
        int port = Integer.parseInt(args[3]);
        // the size of a real organization change event
        String data = "{\"pad\":\"" + "x".repeat(1100) + "\"}";
        Vertx vertx = Vertx.vertx();
        HttpClient client = vertx.createHttpClient(new HttpClientOptions().setKeepAlive(true).setMaxPoolSize(32));
        AtomicLong sent = new AtomicLong();
        AtomicLong answered = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        long total = (long) rate * seconds;
        long start = System.nanoTime();
        vertx.setPeriodic(1, tick -> {
            long due = Math.min(total, (System.nanoTime() - start) * rate / 1_000_000_000L);
            while (sent.get() < due) {
                long n = sent.getAndIncrement();
                String id = "msg_floor_" + n;
                String body = "{\"type\":\"org.ungis.membership.organization.updated\",\"subject\":\"floor-" + (n % 10)
                        + "\",\"time\":\"2026-01-01T00:00:00Z\",\"data\":" + data + "}";
                String timestamp = Long.toString(System.currentTimeMillis() / 1000);
                String signature;
                try {
                    Mac mac = Mac.getInstance("HmacSHA256");
                    mac.init(key);
                    signature = "v1," + Base64.getEncoder().encodeToString(
                            mac.doFinal((id + "." + timestamp + "." + body).getBytes(StandardCharsets.UTF_8)));
                } catch (java.security.GeneralSecurityException e) {
                    throw new IllegalStateException(e);
                }
                RequestOptions request = new RequestOptions().setMethod(HttpMethod.POST)
                        .setHost("127.0.0.1").setPort(port).setURI("/s/" + (n % 100))
                        .putHeader("content-type", "application/json").putHeader("webhook-id", id)
                        .putHeader("webhook-timestamp", timestamp).putHeader("webhook-signature", signature);
                client.request(request).compose(r -> r.send(Buffer.buffer(body))).onComplete(result -> {
                    (result.succeeded() && result.result().statusCode() == 204 ? answered : failed).incrementAndGet();
                });
            }
        });
        long deadline = start + (seconds + 30) * 1_000_000_000L;
        while (answered.get() + failed.get() < total && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        System.out.println(answered.get() + " " + failed.get());
        vertx.close();
    }
}
