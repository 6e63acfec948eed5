package org.w3id.diligentia.cli;

import java.io.PrintStream;

import org.w3id.diligentia.changes.ChangeReport;
import org.w3id.diligentia.changes.ChangeText;
import org.w3id.diligentia.config.Settings;
import org.w3id.diligentia.load.Loader;
import org.w3id.diligentia.store.KnowledgeStore;
import org.w3id.diligentia.store.RemoteStore;
import org.w3id.diligentia.store.TdbStore;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * {@code diligentia validate --diff}: the edited sources built and checked in a scratch store, and
 * compared with what the store holds (the embedded store at {@code --store}, or the remote one at
 * {@code --sparql-endpoint}), which is not changed: the change report a load would record, printed as
 * text or, with {@code --format json}, as {@code /api/changes} gives it.
 */
final class DiffCommand {
    private final PrintStream out;
    private final PrintStream err;

    DiffCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    /** Prints the report; returns the exit status (1 when the store cannot be read). The loader's problems propagate. */
    int run(Settings settings, Loader loader, Loader.Sources sources, String format) {
        if (!format.equals("text") && !format.equals("json"))
            throw new UsageException("Option --format is text or json, got '" + format + "'.");
        KnowledgeStore store;
        try {
            store = settings.remote().isNone() ? TdbStore.open(settings.storeDir()) : RemoteStore.connect(settings.remote());
        } catch (RuntimeException e) {
            err.println("diligentia: cannot open the store to compare with: " + e.getMessage());
            return 1;
        }
        try (store) {
            err.println("Comparing with " + store.description() + (store.info().isEmpty() ? " (empty)" : ", version " + store.info().version()));
            ChangeReport report = loader.diff(store, sources);
            out.print(format.equals("json") ? json(report) : ChangeText.render(report));
            return 0;
        }
    }

    private static String json(ChangeReport report) {
        try {
            return new ObjectMapper().registerModule(new JavaTimeModule()).disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                    .writerWithDefaultPrettyPrinter().writeValueAsString(report) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write the change report as JSON", e);
        }
    }
}
