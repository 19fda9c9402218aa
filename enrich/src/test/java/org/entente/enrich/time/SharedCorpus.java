package org.entente.enrich.time;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds {@code <repo>/../shared/corpus}, whether tests run from the repository root or from the module. */
final class SharedCorpus {
    private SharedCorpus() {}

    static Path file(String name) {
        for (Path base : new Path[] {Path.of("..", "shared", "corpus"), Path.of("..", "..", "shared", "corpus")}) {
            Path p = base.resolve(name);
            if (Files.exists(p)) {
                return p;
            }
        }
        return Path.of("..", "shared", "corpus", name);
    }
}
