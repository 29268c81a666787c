package dev.meridian.platform.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** The Kafka broker jars; fetched once from Maven Central by deploy/local/kafka.sh when missing. */
final class KafkaLibs {

    private KafkaLibs() {
    }

    static synchronized Path ensure() {
        Path root = RepoRoot.find();
        String stateDir = System.getenv("MERIDIAN_STATE_DIR");
        Path libs = (stateDir == null ? root.resolve(".local") : Path.of(stateDir)).resolve("kafka").resolve("libs");
        if (hasJars(libs)) {
            return libs;
        }
        try {
            Process fetch = new ProcessBuilder("bash", root.resolve("deploy/local/kafka.sh").toString(), "fetch")
                    .inheritIO().start();
            if (!fetch.waitFor(10, TimeUnit.MINUTES) || fetch.exitValue() != 0 || !hasJars(libs)) {
                throw new IllegalStateException("deploy/local/kafka.sh fetch did not prepare " + libs);
            }
            return libs;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static boolean hasJars(Path libs) {
        try (var files = Files.list(libs)) {
            return files.anyMatch(f -> f.getFileName().toString().startsWith("kafka_2.13"));
        } catch (IOException e) {
            return false;
        }
    }
}
