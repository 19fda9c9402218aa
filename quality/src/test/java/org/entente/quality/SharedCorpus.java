package org.entente.quality;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** {@code <repo>/../shared}: the corpora and reference scorers, present on the team's machine, absent in a user's clone. */
final class SharedCorpus {

    private SharedCorpus() {}

    /** The repository root: the nearest ancestor of the working directory holding the {@code entente} launcher. */
    static Path repoRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isRegularFile(dir.resolve("entente"))) {
            dir = dir.getParent();
        }
        return dir == null ? Path.of("").toAbsolutePath() : dir;
    }

    static Path shared() {
        return repoRoot().resolveSibling("shared");
    }

    static Path corpus(String name) {
        final Path p = shared().resolve("corpus").resolve(name);
        assumeTrue(Files.exists(p), "../shared/corpus absent (" + p + "): dev-corpus check skipped");
        return p;
    }

    static Path tool(String name) {
        final Path p = shared().resolve("tools").resolve(name);
        assumeTrue(Files.exists(p), "../shared/tools absent (" + p + "): reference-scorer check skipped");
        assumeTrue(ReferenceScorers.pythonAvailable(), "python3 not available: reference-scorer check skipped");
        return p;
    }

    static Path edge(String name) {
        try {
            return Path.of(SharedCorpus.class.getResource("/edge/" + name).toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
