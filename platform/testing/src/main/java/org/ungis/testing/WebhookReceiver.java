package org.ungis.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A real HTTP endpoint on loopback that records every webhook it receives and answers as a test
 * scripts it: a status (with headers), a delay, or a dropped connection. Unscripted requests get
 * 204. One receiver serves any number of paths; each path has its own script and log.
 */
public final class WebhookReceiver implements AutoCloseable {
    private static final Pattern SUBJECT = Pattern.compile("\"subject\"\\s*:\\s*\"([^\"]+)\"");
    private static final String SUBJECT_SEPARATOR = "|";
    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "webhook-receiver");
        thread.setDaemon(true);
        return thread;
    });
    private final Map<String, ConcurrentLinkedDeque<Answer>> scripts = new java.util.concurrent.ConcurrentHashMap<>();
    private final List<Received> received = new CopyOnWriteArrayList<>();

    private WebhookReceiver(int port) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 200);
        server.createContext("/", this::handle);
        server.setExecutor(executor);
        server.start();
    }

    public static WebhookReceiver start() {
        try {
            return new WebhookReceiver(0);
        } catch (IOException e) {
            throw new IllegalStateException("cannot open a loopback receiver", e);
        }
    }

    /**
     * A receiver on {@code port}, e.g. the port of one that was closed, so that an endpoint comes
     * back at the same URL; tries for a few seconds while the port is still being released.
     */
    public static WebhookReceiver start(int port) {
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(10);
        while (true) {
            try {
                return new WebhookReceiver(port);
            } catch (IOException e) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("cannot open a loopback receiver on port " + port, e);
                }
                try {
                    Thread.sleep(200);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(interrupted);
                }
            }
        }
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** A fresh path on this receiver, e.g. {@code http://127.0.0.1:40123/hooks/7}. */
    public String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + (path.startsWith("/") ? path : "/" + path);
    }

    /** Answers the next requests to {@code path} with these, in order; then 204 again. */
    public WebhookReceiver script(String path, Answer... answers) {
        scripts.computeIfAbsent(normalized(path), key -> new ConcurrentLinkedDeque<>()).addAll(List.of(answers));
        return this;
    }

    /**
     * Answers the next requests to {@code path} whose CloudEvent {@code subject} is {@code subject}
     * with these, in order; requests about other subjects are not affected.
     */
    public WebhookReceiver script(String path, String subject, Answer... answers) {
        return script(normalized(path) + SUBJECT_SEPARATOR + subject, answers);
    }

    /** Every request received on {@code path}, oldest first. */
    public List<Received> received(String path) {
        String wanted = normalized(path);
        List<Received> result = new ArrayList<>();
        for (Received request : received) {
            if (request.path().equals(wanted)) {
                result.add(request);
            }
        }
        return result;
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getRawPath();
        byte[] body;
        try (InputStream input = exchange.getRequestBody()) {
            body = input.readAllBytes();
        }
        received.add(new Received(path, exchange.getRequestMethod(),
                exchange.getRequestHeaders().getFirst("webhook-id"),
                exchange.getRequestHeaders().getFirst("webhook-timestamp"),
                exchange.getRequestHeaders().getFirst("webhook-signature"),
                exchange.getRequestHeaders().getFirst("host"),
                new String(body, StandardCharsets.UTF_8), Instant.now()));
        Matcher subject = SUBJECT.matcher(new String(body, StandardCharsets.UTF_8));
        ConcurrentLinkedDeque<Answer> script = subject.find() ? scripts.get(path + SUBJECT_SEPARATOR + subject.group(1)) : null;
        Answer answer = script == null ? null : script.poll();
        if (answer == null) {
            script = scripts.get(path);
            answer = script == null ? null : script.poll();
        }
        if (answer == null) {
            answer = Answer.status(204);
        }
        if (!answer.delay().isZero()) {
            try {
                Thread.sleep(answer.delay().toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (answer.drop()) {
            exchange.close(); // no status line: the sender sees the connection end
            return;
        }
        answer.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
        byte[] responseBody = answer.body().getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(answer.status(), responseBody.length == 0 ? -1 : responseBody.length);
        if (responseBody.length > 0) {
            try (OutputStream output = exchange.getResponseBody()) {
                output.write(responseBody);
            }
        }
        exchange.close();
    }

    private static String normalized(String path) {
        String value = path.startsWith("http") ? java.net.URI.create(path).getRawPath() : path;
        return value.startsWith("/") ? value : "/" + value;
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    /** One request as it arrived. */
    public record Received(String path, String method, String webhookId, String webhookTimestamp,
            String webhookSignature, String host, String body, Instant at) {
    }

    /** How the receiver answers one request. */
    public record Answer(int status, Map<String, String> headers, String body, Duration delay, boolean drop) {

        public static Answer status(int status) {
            return new Answer(status, Map.of(), "", Duration.ZERO, false);
        }

        public static Answer status(int status, Map<String, String> headers) {
            return new Answer(status, headers, "", Duration.ZERO, false);
        }

        public static Answer after(Duration delay, int status) {
            return new Answer(status, Map.of(), "", delay, false);
        }

        /** Closes the connection without answering. */
        public static Answer dropConnection() {
            return new Answer(0, Map.of(), "", Duration.ZERO, true);
        }

        public Answer withBody(String body) {
            return new Answer(status, headers, body, delay, drop);
        }
    }
}
