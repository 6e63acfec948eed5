package org.w3id.diligentia.cli;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;

/**
 * The {@code diligentia} command: {@code serve}, {@code load}, {@code validate} and {@code positions}. Reads the
 * command line and the environment, runs one command, and exits with its status: 0 on success,
 * 1 when the sources are refused or the service fails, 2 when the command line is wrong.
 */
public final class Main {
    static final String USAGE = """
            Usage: diligentia <command> [options]

            Commands:
              serve     Build the store from ontology/ and data/ if they changed, then serve the API,
                        linked data and SPARQL on one port.
              load      (Re)build the store from ontology/ and data/, then exit.
              validate  Parse and SHACL-validate the sources (and any FILES given), print every
                        problem, exit non-zero on any.
              positions export FILE | positions import FILE
                        Write the positions sheet (CSV, one row per document), or read one back
                        into data/ after checking every cell; nothing is written on any problem.
              dump DIR  Write the downloads of the store's version (N-Quads, Turtle, CSV zip) into DIR.

            Run 'diligentia <command> --help' for the options of a command.
            """;

    private Main() {}

    public static void main(String[] args) {
        int status = run(Arrays.asList(args), System.out, System.err);
        if (status != Commands.KEEP_RUNNING)
            System.exit(status);
    }

    static int run(List<String> args, PrintStream out, PrintStream err) {
        if (args.isEmpty() || args.get(0).equals("--help") || args.get(0).equals("-h") || args.get(0).equals("help")) {
            (args.isEmpty() ? err : out).print(USAGE);
            return args.isEmpty() ? 2 : 0;
        }
        Commands commands = new Commands(new Environment(System.getenv()), out, err);
        List<String> rest = args.subList(1, args.size());
        try {
            return switch (args.get(0)) {
                case "serve" -> commands.serve(rest);
                case "load" -> commands.load(rest);
                case "validate" -> commands.validate(rest);
                case "positions" -> new PositionsCommands(new Environment(System.getenv()), out, err).run(rest);
                case "dump" -> new DumpCommand(new Environment(System.getenv()), out, err).run(rest);
                default -> throw new UsageException("Unknown command '" + args.get(0) + "'. Commands: serve, load, validate, positions, dump.");
            };
        } catch (UsageException e) {
            err.println("diligentia: " + e.getMessage());
            err.println("Run 'diligentia --help' for usage.");
            return 2;
        }
    }
}
