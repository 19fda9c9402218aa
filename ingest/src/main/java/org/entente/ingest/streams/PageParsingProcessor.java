package org.entente.ingest.streams;

import io.micrometer.core.instrument.Metrics;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.entente.ingest.ArticleBuilder;
import org.entente.ingest.parse.PageParser;
import org.entente.ingest.parse.PageRejectedException;
import org.entente.ingest.parse.ParsedPage;
import org.entente.schemas.avro.FetchedPage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Parses each page of news.pages. Whatever the page holds, it yields an outcome: an article, a rejection with
 * the parser's reason, or a parser failure (a bug or an exhausted stack) — never an exception that would stop the
 * stream thread.
 */
final class PageParsingProcessor implements FixedKeyProcessor<String, FetchedPage, ParseOutcome> {
    private static final Logger LOG = LoggerFactory.getLogger(PageParsingProcessor.class);

    private final PageParser parser;
    private FixedKeyProcessorContext<String, ParseOutcome> context;

    PageParsingProcessor(PageParser parser) {
        this.parser = parser;
    }

    @Override
    public void init(FixedKeyProcessorContext<String, ParseOutcome> context) {
        this.context = context;
    }

    @Override
    public void process(FixedKeyRecord<String, FetchedPage> record) {
        Metrics.counter("entente.ingest.pages").increment();
        final FetchedPage page = record.value();
        ParseOutcome outcome;
        if (page == null) {
            context.forward(record.withValue(new ParseOutcome(null, null, "EMPTY", "null record value (tombstone)")));
            return;
        }
        try {
            final byte[] body = new byte[page.getBody().remaining()];
            page.getBody().duplicate().get(body);
            final ParsedPage parsed = parser.parse(body, page.getContentType(), page.getUrl(), page.getCharsetHint(),
                    page.getFetchedAt());
            outcome = ParseOutcome.parsed(page, ArticleBuilder.build(parsed, page));
        } catch (PageRejectedException e) {
            outcome = ParseOutcome.rejected(page, e);
        } catch (RuntimeException | StackOverflowError e) {
            LOG.warn("parser failed on {}: {}", page.getUrl(), e.toString());
            outcome = ParseOutcome.failed(page, e);
        }
        context.forward(record.withValue(outcome));
    }
}
