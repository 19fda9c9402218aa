package org.entente.cli;

import java.util.HashMap;
import java.util.Map;
import org.entente.runtime.EntenteConfig;

/** Kafka client settings derived from a config, shared by the commands. */
final class Clients {

    private Clients() {
    }

    static Map<String, Object> admin(final EntenteConfig config) {
        return new HashMap<>(config.kafkaClientSettings());
    }
}
