package org.entente.cli;

import java.nio.file.Path;
import org.entente.runtime.ConfigKeys;
import org.entente.runtime.EntenteConfig;
import picocli.CommandLine.Option;

/** The options of a command that talks to a cluster: a config file, and the broker and registry addresses over it. */
public final class ClusterOptions {

    @Option(names = "--config", paramLabel = "FILE", description = "Properties file; environment variables override it.")
    Path configFile;

    @Option(names = "--bootstrap-server", paramLabel = "HOST:PORT", description = "Overrides bootstrap.servers.")
    String bootstrap;

    @Option(names = "--registry-url", paramLabel = "URL", description = "Overrides schema.registry.url.")
    String registryUrl;

    /** Defaults, then the file, then the environment, then these options. */
    EntenteConfig load() {
        EntenteConfig config = EntenteConfig.load(configFile);
        if (bootstrap != null) {
            config = config.overriding(ConfigKeys.BOOTSTRAP_SERVERS, bootstrap);
        }
        if (registryUrl != null) {
            config = config.overriding(ConfigKeys.SCHEMA_REGISTRY_URL, registryUrl);
        }
        return config;
    }
}
