package org.entente.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.entente.quality.Evaluator;
import org.entente.quality.Jsonl;
import org.entente.quality.MarkdownTable;
import org.entente.quality.Report;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code entente evaluate}: scores the extraction library on a gold corpus (docs/quality.md). */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = {"Runs extraction on a gold corpus and prints its scores (spec/extraction.md section 6).",
                "The corpus kind is told from its records: news articles (text or html, published, tz, gold), "
                        + "temporal cases (span, ref, value), or a body-extraction directory (ground-truth.json + html/)."})
public final class EvaluateCommand implements Callable<Integer> {

    @Option(names = "--corpus", required = true, paramLabel = "FILE", description = "gold corpus (JSON Lines, or a directory)")
    Path corpus;

    @Option(names = "--out", paramLabel = "PRED.jsonl", description = "write the predictions there")
    Path out;

    @Option(names = "--json", description = "print the scores as one JSON object")
    boolean json;

    @Option(names = "--markdown", description = "print the scores as the markdown table of docs/quality.md")
    boolean markdown;

    @Option(names = "--errors", description = "list every missed, spurious or wrong item with its evidence and rule")
    boolean errors;

    @Override
    public Integer call() throws Exception {
        final Report report;
        try {
            report = Evaluator.evaluate(corpus, out);
        } catch (IllegalArgumentException | java.io.IOException bad) {
            System.err.println("entente evaluate: " + bad.getMessage());
            return 2;
        }
        System.out.print(json ? Jsonl.line(report.scores()) + System.lineSeparator()
                : markdown ? MarkdownTable.of(report) : report.table());
        if (errors) {
            report.errors().forEach(System.out::println);
        }
        return 0;
    }
}
