package org.entente.quality;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** Runs {@code entente evaluate}'s evaluation once per dev corpus and test JVM, keeping the report and predictions. */
final class DevCorpusRuns {

    record Run(Report report, Path predictions) {}

    private static final Map<String, Run> RUNS = new HashMap<>();

    private DevCorpusRuns() {}

    static synchronized Run of(String corpusName) {
        final Path corpus = SharedCorpus.corpus(corpusName);
        return RUNS.computeIfAbsent(corpusName, name -> {
            try {
                final Path out = Files.createTempFile("entente-" + name.replace('/', '_') + "-", ".pred.jsonl");
                out.toFile().deleteOnExit();
                return new Run(Evaluator.evaluate(corpus, out), out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
