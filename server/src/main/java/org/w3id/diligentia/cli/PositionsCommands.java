package org.w3id.diligentia.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.w3id.diligentia.Wiring;
import org.w3id.diligentia.config.Settings;
import org.w3id.diligentia.load.LoadException;
import org.w3id.diligentia.load.LoadProblem;
import org.w3id.diligentia.load.Loader;
import org.w3id.diligentia.positions.PositionsSheet;
import org.w3id.diligentia.positions.SheetException;
import org.w3id.diligentia.positions.SheetProblem;
import org.w3id.diligentia.query.QueryCatalog;

/**
 * {@code diligentia positions export FILE} and {@code diligentia positions import FILE}: the positions
 * sheet (data/README.md, "The positions sheet"). An import checks every cell, then validates the data
 * folder with the new files as any load would (parse, SHACL, checks) in a scratch copy, and only then
 * writes the two files; on any problem it prints each one and writes nothing.
 */
final class PositionsCommands {
    static final String HELP = """
            Usage: diligentia positions export FILE [--data DIR] [--ontology DIR]
                   diligentia positions import FILE [--data DIR] [--ontology DIR]

            export writes the positions sheet: one CSV row per document (every instrument), a column
            group per question (stance, silent or unread; evidence, confidence, pinpoint, summary,
            read_via, note), the document's columns holding what its readings share.
            import reads a sheet back: every cell is checked (file, line and column named on a bad
            value), the data folder is validated with the result, and only then are
            data/national-positions.ttl and data/collective-positions.ttl rewritten, in a fixed order.
            On any problem nothing is written. The format is described in data/README.md.
            """;

    private final Environment environment;
    private final PrintStream out;
    private final PrintStream err;

    PositionsCommands(Environment environment, PrintStream out, PrintStream err) {
        this.environment = environment;
        this.out = out;
        this.err = err;
    }

    int run(List<String> args) {
        Options o = Options.parse(args, Set.of("data", "ontology"), Set.of("help"));
        if (o.flag("help")) {
            out.print(HELP);
            return 0;
        }
        if (o.positional().size() != 2 || !Set.of("export", "import").contains(o.positional().get(0)))
            throw new UsageException("Say 'positions export FILE' or 'positions import FILE'.");
        Settings settings = environment.settings(o);
        Path file = Path.of(o.positional().get(1));
        return o.positional().get(0).equals("export") ? export(settings, file) : importSheet(settings, file);
    }

    private int export(Settings settings, Path file) {
        String csv;
        try {
            csv = PositionsSheet.export(settings.ontologyDir(), settings.dataDir());
        } catch (RuntimeException e) {
            // A data folder that does not parse (run validate), or readings a row cannot hold.
            err.println("diligentia: cannot export the positions of " + settings.dataDir() + ": " + e.getMessage());
            return 1;
        }
        try {
            Files.writeString(file, csv, StandardCharsets.UTF_8);
        } catch (IOException e) {
            err.println("diligentia: cannot write " + file + ": " + e.getMessage());
            return 1;
        }
        out.println("Wrote the positions sheet of " + settings.dataDir() + " to " + file + ".");
        return 0;
    }

    private int importSheet(Settings settings, Path file) {
        Map<String, String> files;
        try {
            files = PositionsSheet.turtle(settings.ontologyDir(), settings.dataDir(), file.toString(),
                    Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            err.println("diligentia: cannot read " + file + ": " + e.getMessage());
            return 1;
        } catch (SheetException e) {
            for (SheetProblem p : e.problems())
                err.println(p.describe());
            err.println(e.getMessage() + ".");
            return 1;
        } catch (RuntimeException e) {
            err.println("diligentia: cannot read the knowledge base in " + settings.dataDir() + " (run ./diligentia validate): "
                    + e.getMessage() + "; nothing was written.");
            return 1;
        }
        Path scratch = null;
        try {
            scratch = Files.createTempDirectory("diligentia-positions");
            Path data = scratch.resolve("data");
            copy(settings.dataDir(), data);
            for (Map.Entry<String, String> f : files.entrySet())
                Files.writeString(data.resolve(f.getKey()), f.getValue(), StandardCharsets.UTF_8);
            Wiring.loader(QueryCatalog.bundled(), Clock.systemUTC()).validate(new Loader.Sources(settings.ontologyDir(), data));
            for (Map.Entry<String, String> f : files.entrySet()) {
                Path tmp = settings.dataDir().resolve(f.getKey() + ".tmp");
                Files.writeString(tmp, f.getValue(), StandardCharsets.UTF_8);
                Files.move(tmp, settings.dataDir().resolve(f.getKey()), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            }
        } catch (LoadException e) {
            for (LoadProblem p : e.problems())
                err.println(p.describe());
            err.println("The sheet gives data that does not validate; nothing was written.");
            return 1;
        } catch (IOException e) {
            err.println("diligentia: " + e.getMessage() + "; nothing was written.");
            return 1;
        } finally {
            delete(scratch);
        }
        out.println("Imported " + file + " into " + settings.dataDir() + ": " + String.join(", ", files.keySet()) + ".");
        return 0;
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.toList()) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f))
                    Files.createDirectories(target);
                else
                    Files.copy(f, target);
            }
        }
    }

    private static void delete(Path dir) {
        if (dir == null)
            return;
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.sorted(Comparator.reverseOrder()).toList())
                Files.deleteIfExists(f);
        } catch (IOException e) {
            // a scratch folder left in the temporary directory harms nothing
        }
    }
}
