package org.w3id.diligentia.dataset;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Consumer;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.w3id.diligentia.query.BoundQuery;
import org.w3id.diligentia.query.CannedQueries;
import org.w3id.diligentia.query.CannedQuery;
import org.w3id.diligentia.query.QueryArgs;
import org.w3id.diligentia.store.KnowledgeStore;
import org.w3id.diligentia.store.QueryLimits;
import org.w3id.diligentia.store.Row;
import org.w3id.diligentia.store.Table;
import org.w3id.diligentia.vocab.Ids;
import org.w3id.diligentia.vocab.Namespaces;

/**
 * Writes the downloads of the version a store holds ({@link DumpFile.Kind}): N-Quads (gzip) of every
 * named graph, Turtle of the curated sources (the graphs of {@code ontology/}, {@code data/} and
 * extra files), and a zip of CSV tables, one per SELECT query tagged {@code dump} but
 * {@code dump-graphs} (its name without {@code dump-}). The embedded store is read straight from its
 * dataset; a remote one graph by graph ({@code dump-graphs}, then {@code dump-quads} for each). Call within {@link KnowledgeStore#readingOneVersion}, so every file
 * holds the same version. Knows nothing of HTTP; the command line and the server share it.
 */
public final class DumpWriter {
    /** A dump needs every row: no row cap, and time for a large store. */
    private static final QueryLimits LIMITS = new QueryLimits(Duration.ofMinutes(10), Integer.MAX_VALUE);
    private static final String QUADS = "dump-quads";
    private static final String GRAPHS = "dump-graphs";

    private final KnowledgeStore store;
    private final CannedQueries queries;

    public DumpWriter(KnowledgeStore store, CannedQueries queries) {
        this.store = store;
        this.queries = queries;
        queries.require(QUADS, GRAPHS);
    }

    /** Writes every download of {@code version} into {@code dir} (created if needed) and returns them. */
    public List<DumpFile> write(Path dir, String version) {
        try {
            Files.createDirectories(dir);
            List<DumpFile> files = new ArrayList<>();
            files.add(file(dir, DumpFile.Kind.NQUADS, version, out -> {
                try (GZIPOutputStream gz = new GZIPOutputStream(out, 64 * 1024)) {
                    StreamRDF stream = StreamRDFWriter.getWriterStream(gz, RDFFormat.NQUADS_UTF8);
                    stream.start();
                    quads(stream::quad);
                    stream.finish();
                }
            }));
            files.add(file(dir, DumpFile.Kind.SOURCES, version, out -> {
                Graph sources = GraphFactory.createDefaultGraph();
                quads(q -> {
                    if (isSource(q.getGraph()))
                        sources.add(q.asTriple());
                });
                Namespaces.STANDARD.getNsPrefixMap().forEach(sources.getPrefixMapping()::setNsPrefix);
                RDFDataMgr.write(out, sources, RDFFormat.TURTLE_BLOCKS);
            }));
            files.add(file(dir, DumpFile.Kind.TABLES, version, this::tables));
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the downloads into " + dir, e);
        }
    }

    /** Whether a graph holds a source file (not a derived graph: inferred, intervals, assessments, meta). */
    public static boolean isSource(Node graph) {
        String g = graph.getURI();
        return g.startsWith(Ids.GRAPH + "ontology/") || g.startsWith(Ids.GRAPH + "data/") || g.startsWith(Ids.GRAPH + "extra/");
    }

    private void quads(Consumer<Quad> sink) {
        var local = store.localDataset();
        if (local.isPresent()) {
            DatasetGraph dataset = local.get();
            Txn.executeRead(dataset, () -> dataset.find().forEachRemaining(q -> {
                if (!q.isDefaultGraph())
                    sink.accept(q);
            }));
            return;
        }
        // A remote store, graph by graph: one answer per graph stays within the store's own time limit.
        BoundQuery graphs = queries.bind(GRAPHS, QueryArgs.none());
        for (Row g : store.select(graphs.query(), graphs.parameters(), LIMITS).readRows()) {
            Node graph = g.required("g");
            BoundQuery bound = queries.bind(QUADS, QueryArgs.none().with("g", graph));
            store.construct(bound.query(), bound.parameters(), LIMITS).find()
                    .forEachRemaining(t -> sink.accept(Quad.create(graph, t)));
        }
    }

    private void tables(OutputStream out) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        List<CannedQuery> dumps = queries.catalog().tagged(CannedQuery.DUMP).filter(q -> q.query().isSelectType() && !q.name().equals(GRAPHS)).toList();
        for (CannedQuery q : dumps) {
            BoundQuery bound = queries.bind(q.name(), QueryArgs.none());
            Table table = store.select(bound.query(), bound.parameters(), LIMITS);
            zip.putNextEntry(new ZipEntry(q.name().substring("dump-".length()) + ".csv"));
            Writer csv = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
            csv.write(Csv.line(table.vars()));
            for (Row row : table.readRows())
                csv.write(Csv.line(table.vars().stream().map(v -> row.node(v).map(Row::text).orElse("")).toList()));
            csv.flush();
            zip.closeEntry();
        }
        zip.finish();
    }

    /** What writes one file's bytes. */
    private interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private static DumpFile file(Path dir, DumpFile.Kind kind, String version, Content content) throws IOException {
        Path path = dir.resolve(kind.fileName(version));
        MessageDigest digest = sha256();
        try (OutputStream file = Files.newOutputStream(path);
             DigestOutputStream out = new DigestOutputStream(new BufferedOutputStream(file, 64 * 1024), digest)) {
            content.writeTo(new NonClosing(out));
        }
        return new DumpFile(kind, path.getFileName().toString(), path, Files.size(path), HexFormat.of().formatHex(digest.digest()));
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }

    /** Lets a writer close its wrapper (gzip, zip) without closing the file under it, which {@link #file} closes. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }

    /** RFC 4180 lines: a field with a comma, quote or line break is quoted, its quotes doubled. */
    static final class Csv {
        private Csv() {}

        static String line(List<String> fields) {
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < fields.size(); i++) {
                if (i > 0)
                    b.append(',');
                String f = fields.get(i);
                if (f.indexOf(',') >= 0 || f.indexOf('"') >= 0 || f.indexOf('\n') >= 0 || f.indexOf('\r') >= 0)
                    b.append('"').append(f.replace("\"", "\"\"")).append('"');
                else
                    b.append(f);
            }
            return b.append("\r\n").toString();
        }
    }
}
