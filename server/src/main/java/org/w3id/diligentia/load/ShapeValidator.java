package org.w3id.diligentia.load;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.TreeSet;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.path.Path;
import org.apache.jena.sparql.util.FmtUtils;
import org.w3id.diligentia.vocab.Namespaces;

/**
 * SHACL validation of everything loaded: shapes come from the ontology files, the data graph is
 * the union of all files (so {@code sh:class} follows the ontology's subclass hierarchy). Each
 * violation names the file that describes the focus node, the node, the path and the shape (a
 * property shape is named by the node shape that holds it).
 */
final class ShapeValidator {

    static List<LoadProblem> validate(DatasetGraph dataset, List<SourceFile> ontologyFiles) {
        Graph shapesGraph = GraphFactory.createDefaultGraph();
        for (SourceFile f : ontologyFiles)
            dataset.getGraph(f.graph()).find().forEachRemaining(shapesGraph::add);
        Shapes shapes = Shapes.parse(shapesGraph);
        PrefixMapping prefixes = Namespaces.STANDARD;
        ValidationReport report = ShaclValidator.get().validate(shapes, dataset.getUnionGraph());
        List<LoadProblem> problems = new ArrayList<>();
        for (ReportEntry entry : report.getEntries()) {
            Node focus = entry.focusNode();
            problems.add(LoadProblem.shape(
                    fileOf(dataset, focus),
                    focus.isURI() ? focus.getURI() : FmtUtils.stringForNode(focus),
                    pathText(entry.resultPath(), prefixes),
                    shapeName(shapesGraph, entry.source(), prefixes),
                    entry.message()));
        }
        return problems;
    }

    private static String pathText(Path path, PrefixMapping prefixes) {
        if (path == null)
            return "";
        String text = path.toString(new org.apache.jena.sparql.core.Prologue(prefixes));
        return "(path " + text + ")";
    }

    /** The shape's name; a blank property shape is named after its node shape and path. */
    private static String shapeName(Graph shapes, Node shape, PrefixMapping prefixes) {
        if (shape == null)
            return "a shape";
        if (shape.isURI())
            return FmtUtils.stringForNode(shape, prefixes);
        Iterator<Triple> owners = shapes.find(Node.ANY, SHACL.property, shape);
        if (owners.hasNext()) {
            Node owner = owners.next().getSubject();
            if (owner.isURI())
                return FmtUtils.stringForNode(owner, prefixes);
        }
        return "an anonymous shape";
    }

    /** The source files (by graph name) that have the node as a subject, joined with ", ". */
    private static String fileOf(DatasetGraph dataset, Node node) {
        TreeSet<String> files = new TreeSet<>();
        Iterator<Quad> it = dataset.find(Node.ANY, node, Node.ANY, Node.ANY);
        while (it.hasNext()) {
            String g = it.next().getGraph().getURI();
            int i = g.indexOf("/graph/");
            files.add(i < 0 ? g : g.substring(i + "/graph/".length()));
        }
        return String.join(", ", files);
    }

    private ShapeValidator() {}
}
