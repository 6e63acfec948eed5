package org.w3id.diligentia.store;

import java.net.URI;
import java.net.http.HttpClient;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.exec.http.GSP;
import org.apache.jena.sparql.graph.GraphFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3id.diligentia.vocab.Ids;

/**
 * Uploads a loaded dataset to a remote store through the SPARQL 1.1 Graph Store HTTP Protocol:
 * one {@code PUT} per named graph (each source file's graph, the inferred and the assessments
 * graphs), then a {@code DELETE} of every graph the previous load listed and this one does not,
 * and the meta graph last, so a reader that sees the new version sees all of its graphs.
 *
 * <p>This is not one transaction: while it runs, and after a failure part way, readers see some
 * graphs of the new load next to graphs of the old one, under the old version. Running the upload
 * again repairs that (every request replaces a whole graph).
 *
 * <p>A blank node cannot be shared between two graphs uploaded in separate requests: each request
 * is a separate document, in which a store allocates fresh blank nodes. Materialized statements
 * about a blank node of a source file (the effective date of an OWL-Time instant in a membership's
 * interval) are therefore uploaded in that file's graph, not in the inferred graph. The union of
 * all graphs, which every query reads, is the same statement for statement.
 */
public final class GraphStoreUpload {
    private static final Logger LOG = LoggerFactory.getLogger(GraphStoreUpload.class);
    private static final Set<Node> DERIVED = Set.of(Ids.INFERRED_GRAPH, Ids.ASSESSMENTS_GRAPH);

    private final String endpoint;
    private final HttpClient http;

    public GraphStoreUpload(URI endpoint, HttpClient http) {
        this.endpoint = endpoint.toString();
        this.http = http;
    }

    public String endpoint() {
        return endpoint;
    }

    /** The meta graph in the store now (empty if there is none). */
    public Graph currentMeta() {
        try {
            return gsp().graphName(Ids.META_GRAPH).GET();
        } catch (HttpException e) {
            if (e.getStatusCode() == 404)
                return GraphFactory.createDefaultGraph();
            throw new RemoteStoreException("Cannot read the meta graph from the Graph Store endpoint " + endpoint + ": " + e.getMessage(), e);
        }
    }

    /** Uploads {@code dataset} (call inside a read transaction on it) and returns the graphs written. */
    public List<Node> upload(DatasetGraph dataset) {
        Map<Node, Graph> graphs = graphsForUpload(dataset);
        Graph meta = graphs.remove(Ids.META_GRAPH);
        if (meta == null || meta.isEmpty())
            throw new IllegalArgumentException("The dataset has no meta graph: it was not built by the loader.");
        List<Node> previous = MetaGraph.graphs(currentMeta());
        for (Map.Entry<Node, Graph> e : graphs.entrySet()) {
            put(e.getKey(), e.getValue());
            LOG.debug("PUT <{}>: {} triples", e.getKey().getURI(), e.getValue().size());
        }
        for (Node old : previous)
            if (!graphs.containsKey(old) && !old.equals(Ids.META_GRAPH))
                delete(old);
        put(Ids.META_GRAPH, meta);
        List<Node> written = new ArrayList<>(graphs.keySet());
        written.add(Ids.META_GRAPH);
        LOG.info("Uploaded {} graphs to {}", written.size(), endpoint);
        return written;
    }

    private void put(Node graph, Graph content) {
        try {
            gsp().graphName(graph).contentType(RDFFormat.NTRIPLES).PUT(content);
        } catch (RuntimeException e) {
            throw new RemoteStoreException("Uploading <" + graph.getURI() + "> to " + endpoint + " failed: " + e.getMessage()
                    + ". The store may now hold part of the new load beside the old one, under the old version; run the load again.", e);
        }
    }

    private void delete(Node graph) {
        try {
            gsp().graphName(graph).DELETE();
            LOG.info("Removed <{}>, which the new load no longer has", graph.getURI());
        } catch (HttpException e) {
            if (e.getStatusCode() != 404)
                throw new RemoteStoreException("Removing <" + graph.getURI() + "> from " + endpoint + " failed: " + e.getMessage(), e);
        }
    }

    private GSP gsp() {
        return GSP.service(endpoint).httpClient(http);
    }

    /**
     * The graphs to upload, each a separate document: the dataset's graphs, except that derived
     * statements that touch a blank node go to the source graph that holds that blank node. A
     * derived statement that links blank nodes of two different source graphs cannot be uploaded
     * graph by graph, and is refused.
     */
    static Map<Node, Graph> graphsForUpload(DatasetGraph dataset) {
        Map<Node, Graph> graphs = new LinkedHashMap<>();
        List<Node> names = new ArrayList<>();
        dataset.listGraphNodes().forEachRemaining(names::add);
        names.sort((a, b) -> Boolean.compare(DERIVED.contains(a), DERIVED.contains(b)));
        BlankNodeHomes homes = new BlankNodeHomes();
        for (Node name : names) {
            Graph g = graphs.computeIfAbsent(name, n -> GraphFactory.createDefaultGraph());
            dataset.find(name, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> {
                if (DERIVED.contains(name))
                    homes.link(q);
                else
                    homes.settle(q);
                g.add(q.asTriple());
            });
        }
        for (Node derived : DERIVED) {
            Graph g = graphs.get(derived);
            if (g == null)
                continue;
            for (var t : g.find().toList()) {
                Node home = homes.homeOf(Quad.create(derived, t));
                if (home != null && !home.equals(derived)) {
                    g.delete(t);
                    graphs.get(home).add(t);
                }
            }
        }
        return graphs;
    }

    /** Which source graph each blank node lives in; derived statements join blank nodes into groups. */
    private static final class BlankNodeHomes {
        private final Map<Node, Node> home = new HashMap<>();
        private final Map<Node, Node> parent = new HashMap<>();
        private Map<Node, Set<Node>> rootHomes;

        /** A statement of a source graph: its blank nodes live there. */
        void settle(Quad q) {
            for (Node b : blanks(q)) {
                Node before = home.putIfAbsent(b, q.getGraph());
                if (before != null && !before.equals(q.getGraph()))
                    throw shared(b, before, q.getGraph());
            }
        }

        /** A derived statement: its blank nodes must end up in one graph. */
        void link(Quad q) {
            List<Node> bs = new ArrayList<>(blanks(q));
            for (int i = 1; i < bs.size(); i++)
                union(bs.get(0), bs.get(i));
        }

        /** The graph a derived statement belongs in: its blank nodes' source graph, or null if it has none. */
        Node homeOf(Quad q) {
            if (rootHomes == null) {
                rootHomes = new HashMap<>();
                home.forEach((b, g) -> rootHomes.computeIfAbsent(find(b), r -> new LinkedHashSet<>()).add(g));
            }
            Set<Node> graphs = new LinkedHashSet<>();
            for (Node b : blanks(q))
                graphs.addAll(rootHomes.getOrDefault(find(b), Set.of()));
            if (graphs.size() > 1) {
                List<Node> two = new ArrayList<>(graphs);
                throw shared(blanks(q).iterator().next(), two.get(0), two.get(1));
            }
            return graphs.isEmpty() ? null : graphs.iterator().next();
        }

        private Node find(Node b) {
            Node p = parent.getOrDefault(b, b);
            if (p.equals(b))
                return b;
            Node root = find(p);
            parent.put(b, root);
            return root;
        }

        private void union(Node a, Node b) {
            Node ra = find(a);
            Node rb = find(b);
            if (!ra.equals(rb))
                parent.put(ra, rb);
        }

        private static Set<Node> blanks(Quad q) {
            Set<Node> out = new LinkedHashSet<>();
            if (q.getSubject().isBlank())
                out.add(q.getSubject());
            if (q.getObject().isBlank())
                out.add(q.getObject());
            return out;
        }

        private static IllegalStateException shared(Node blank, Node g1, Node g2) {
            return new IllegalStateException("A blank node (" + blank + ") is shared by <" + g1.getURI() + "> and <" + g2.getURI()
                    + ">: the Graph Store Protocol uploads each graph as a separate document, so it cannot keep it one node.");
        }
    }
}
