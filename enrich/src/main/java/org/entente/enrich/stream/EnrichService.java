package org.entente.enrich.stream;

import org.apache.kafka.streams.Topology;
import org.entente.enrich.Enricher;
import org.entente.runtime.EntenteConfig;
import org.entente.runtime.ServiceDefinition;
import org.entente.schemas.Topics;

/**
 * The enrich service: {@code news.articles} → {@code news.enriched} ({@link EnrichTopology}); bad articles go to
 * {@code enrich.dlq} through the runner's processing handler. The extraction library is loaded once per topology.
 */
public final class EnrichService implements ServiceDefinition {

    @Override
    public String name() {
        return "enrich";
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public Topology buildTopology(Topics topics, EntenteConfig config) {
        return EnrichTopology.build(topics, Enricher.load());
    }
}
