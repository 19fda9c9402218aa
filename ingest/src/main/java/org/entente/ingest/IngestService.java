package org.entente.ingest;

import java.util.List;
import org.apache.kafka.streams.Topology;
import org.entente.ingest.streams.IngestTopology;
import org.entente.runtime.ConfigKey;
import org.entente.runtime.EntenteConfig;
import org.entente.runtime.ServiceDefinition;
import org.entente.schemas.Topics;

/** The ingest service: news.pages → news.articles (see {@link IngestTopology}); dead letters on ingest.dlq. */
public final class IngestService implements ServiceDefinition {

    @Override
    public String name() {
        return "ingest";
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public Topology buildTopology(Topics topics, EntenteConfig config) {
        return IngestTopology.build(topics, IngestSettings.from(config));
    }

    @Override
    public List<ConfigKey<?>> configKeys() {
        return IngestSettings.KEYS;
    }
}
