package org.entente.cli;

import org.entente.cli.demo.DemoCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code entente} command: one entry point for local runs, the services, feeding and evaluation.
 * Fixed subcommands are listed below, one per line; one more per {@link org.entente.runtime.ServiceDefinition}
 * on the class path ({@code ingest}, {@code enrich}, {@code alerts}) is added by {@link ServiceCommand#addTo}.
 */
@Command(name = "entente", mixinStandardHelpOptions = true, version = "entente 0.1.0",
        description = "Breaking diplomatic news to structured events and alerts, on Kafka Streams.",
        subcommands = {
            CommandLine.HelpCommand.class,
            LocalCommand.class,
            DemoCommand.class,
            TailCommand.class,
            RegisterSchemasCommand.class,
            EvaluateCommand.class,
            ParseCommand.class,
            FeedCommand.class,
        })
public final class Entente implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    public static void main(String[] args) {
        System.setProperty("org.apache.avro.SERIALIZABLE_PACKAGES",
                "java.lang,java.math,java.io,java.net,org.apache.avro.reflect,org.entente");
        System.exit(commandLine().execute(args));
    }

    /** The full command tree, for main and for tests. */
    public static CommandLine commandLine() {
        final CommandLine commandLine = new CommandLine(new Entente());
        ServiceCommand.addTo(commandLine);
        return commandLine;
    }
}
