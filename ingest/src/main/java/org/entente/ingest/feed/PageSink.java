package org.entente.ingest.feed;

import org.entente.schemas.avro.FetchedPage;

/** Where the feeder puts pages: news.pages in production, a list in tests. */
@FunctionalInterface
public interface PageSink {
    void send(FetchedPage page) throws Exception;
}
