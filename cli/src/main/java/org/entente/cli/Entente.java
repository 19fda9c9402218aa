package org.entente.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code entente} command: one entry point for local runs, the services, feeding and evaluation. */
@Command(name = "entente", mixinStandardHelpOptions = true, version = "entente 0.1.0",
        description = "Breaking diplomatic news to structured events and alerts, on Kafka Streams.",
        subcommands = {
                CommandLine.HelpCommand.class,
                EvaluateCommand.class,
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
        System.exit(new CommandLine(new Entente()).execute(args));
    }
}
