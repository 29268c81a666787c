package dev.meridian.platform.testing;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds the repository root (the directory holding deploy/local), from Maven's property or the working dir. */
final class RepoRoot {

    private RepoRoot() {
    }

    static Path find() {
        String fromMaven = System.getProperty("meridian.repo.root");
        if (fromMaven != null && Files.isDirectory(Path.of(fromMaven, "deploy", "local"))) {
            return Path.of(fromMaven);
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("deploy").resolve("local"))) {
                return dir;
            }
        }
        throw new IllegalStateException("cannot find the repository root (a directory with deploy/local)");
    }
}
