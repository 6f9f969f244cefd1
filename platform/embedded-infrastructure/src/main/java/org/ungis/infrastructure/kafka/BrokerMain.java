package org.ungis.infrastructure.kafka;

import java.io.IOException;

/**
 * Entry point of the child JVM that runs the Kafka broker. It exits when its parent goes away:
 * the parent holds the other end of this process's standard input, and end-of-input means the
 * parent is gone (also when it was killed outright), so no broker outlives the run that started
 * it. Kafka's classes are on this JVM's classpath only, hence the reflective call.
 */
public final class BrokerMain {
    private BrokerMain() {
    }

    public static void main(String[] args) throws Exception {
        Thread watchdog = new Thread(() -> {
            try {
                while (System.in.read() != -1) {
                    // the parent writes nothing; we only wait for end-of-input
                }
            } catch (IOException e) {
                // the pipe broke: the parent is gone
            }
            System.exit(0);
        }, "parent-watchdog");
        watchdog.setDaemon(true);
        watchdog.start();
        Class.forName("kafka.Kafka").getMethod("main", String[].class).invoke(null, (Object) args);
    }
}
