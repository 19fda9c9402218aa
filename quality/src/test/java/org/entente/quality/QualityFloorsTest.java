package org.entente.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The regression guard: the dev-corpus figures may not fall below the floors in {@code quality-floors.properties}.
 * Skipped, with a message, when {@code ../shared/corpus} is absent. Writes the current figures, in the floors'
 * format, to {@code target/quality-figures.properties}, from which floors are raised.
 */
class QualityFloorsTest {

    private static final Path FIGURES = Path.of("target", "quality-figures.properties");

    @Test
    void devCorpusFiguresStayAtOrAboveTheirFloors() throws IOException {
        assumeTrue(Files.isDirectory(SharedCorpus.shared().resolve("corpus")),
                "../shared/corpus absent: quality regression guard skipped");
        final Properties floors = new Properties();
        try (InputStream in = QualityFloorsTest.class.getResourceAsStream("/quality-floors.properties")) {
            floors.load(in);
        }
        final TreeSet<String> corpora = new TreeSet<>();
        floors.stringPropertyNames().forEach(k -> corpora.add(k.substring(0, k.indexOf('.'))));
        final Map<String, Double> figures = new TreeMap<>();
        for (String corpus : corpora) {
            Figures.flatten(DevCorpusRuns.of(corpusName(corpus)).report().scores()).forEach((k, v) -> {
                if (guarded(k)) {
                    figures.put(corpus + "." + k, v);
                }
            });
        }
        writeFigures(figures);
        final List<String> below = new ArrayList<>();
        for (String key : new TreeSet<>(floors.stringPropertyNames())) {
            final double floor = Double.parseDouble(floors.getProperty(key).trim());
            final Double actual = figures.get(key);
            if (actual == null || actual.isNaN() ? floor > 0 : actual < floor - 1e-9) {
                below.add(key + " = " + actual + " < floor " + floor);
            }
        }
        assertThat(below).as("dev-corpus figures below their floors (current figures in " + FIGURES.toAbsolutePath() + ")")
                .isEmpty();
    }

    /** A floor key starts with the corpus: {@code dev-news} is {@code dev-news.jsonl}, {@code html-zyte-dev} a directory. */
    private static String corpusName(String prefix) {
        return Files.exists(SharedCorpus.shared().resolve("corpus").resolve(prefix + ".jsonl")) ? prefix + ".jsonl" : prefix;
    }

    /** Floors hold on the summary figures (F1 and accuracies), not on counts or on precision and recall alone. */
    static boolean guarded(String path) {
        return path.equals("f1") || path.endsWith(".f1") || path.endsWith("accuracy") || path.endsWith("phases_f1");
    }

    private static void writeFigures(Map<String, Double> figures) throws IOException {
        Files.createDirectories(FIGURES.getParent());
        try (Writer w = Files.newBufferedWriter(FIGURES, StandardCharsets.UTF_8)) {
            w.write("# Current dev-corpus figures, written by QualityFloorsTest; copy lines into quality-floors.properties to raise floors.\n");
            for (Map.Entry<String, Double> e : figures.entrySet()) {
                if (!e.getValue().isNaN()) {
                    // rounded down, so that a figure copied as a floor never exceeds the figure itself
                    w.write(e.getKey() + " = " + new BigDecimal(e.getValue()).setScale(4, RoundingMode.FLOOR).toPlainString() + "\n");
                }
            }
        }
    }
}
