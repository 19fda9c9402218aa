package org.entente.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.entente.runtime.ServiceDefinition;
import org.entente.runtime.ServiceDefinitions;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class EntenteCommandTest {

    @Test
    void offersLocalTailAndOneCommandPerServiceOnTheClassPath() {
        final CommandLine entente = Entente.commandLine();
        assertThat(entente.getSubcommands()).containsKeys("local", "tail", "help");
        for (final ServiceDefinition service : ServiceDefinitions.discover()) {
            assertThat(entente.getSubcommands()).containsKey(service.name());
        }
    }

    @Test
    void discoversServicesInStartOrder() {
        final var orders = ServiceDefinitions.discover().stream().map(ServiceDefinition::order).toList();
        assertThat(orders).isSorted();
    }
}
