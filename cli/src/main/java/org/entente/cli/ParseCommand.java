package org.entente.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.entente.ingest.parse.HtmlDirectoryParser;
import org.entente.ingest.parse.PageParser;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code entente parse}: runs the ingest service's page parser over a folder of saved pages. */
@Command(name = "parse", mixinStandardHelpOptions = true,
        description = "Parse saved pages (.html, .htm, .html.gz) into JSON lines: id, headline, body, published, lang, source.")
public final class ParseCommand implements Callable<Integer> {

    @Option(names = "--html-dir", required = true, description = "Folder of pages (searched recursively).")
    Path htmlDir;

    @Option(names = "--out", required = true, description = "JSON Lines file to write.")
    Path out;

    @Override
    public Integer call() throws Exception {
        final HtmlDirectoryParser.Summary s = new HtmlDirectoryParser(new PageParser()).parse(htmlDir, out);
        System.err.printf("parse: %d pages, %d rejected -> %s%n", s.pages(), s.rejected(), out);
        return 0;
    }
}
