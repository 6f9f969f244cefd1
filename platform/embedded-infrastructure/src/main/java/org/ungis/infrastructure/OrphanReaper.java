package org.ungis.infrastructure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Cleans up after this JVM even when it is killed outright (SIGKILL, a cancelled build): a small
 * shell in its own session waits for this JVM to disappear, then stops the given process and
 * deletes the given folders. On a normal exit the shutdown hooks do the same work first.
 */
final class OrphanReaper {
    private OrphanReaper() {
    }

    /**
     * @param stopCommand shell command that stops what this JVM started (may be empty)
     * @param folders     deleted once this JVM is gone
     */
    static void watch(String stopCommand, List<Path> folders) {
        long parent = ProcessHandle.current().pid();
        String removals = folders.stream().map(folder -> "'" + folder.toAbsolutePath() + "'")
                .collect(Collectors.joining(" "));
        String script = "while kill -0 " + parent + " 2>/dev/null; do sleep 1; done; "
                + (stopCommand.isBlank() ? "" : stopCommand + "; ")
                + (removals.isEmpty() ? "" : "rm -rf " + removals);
        try {
            new ProcessBuilder("setsid", "sh", "-c", script)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the cleanup watcher", e);
        }
    }
}
