package org.w3id.diligentia.changes;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.w3id.diligentia.changes.ChangeReport.Answer;
import org.w3id.diligentia.changes.ChangeReport.AnswerChange;
import org.w3id.diligentia.changes.ChangeReport.PositionChange;
import org.w3id.diligentia.consensus.Counts;
import org.w3id.diligentia.query.QueryArgs;
import org.w3id.diligentia.store.Row;
import org.w3id.diligentia.store.Table;
import org.w3id.diligentia.vocab.DIL;
import org.w3id.diligentia.vocab.Ids;

/**
 * A change report as RDF, in the meta graph beside its version: {@code id/version/{hash}
 * dil:changeReport} a {@code dil:ChangeReport} (a blank node, so describing the version describes
 * its report), {@code dil:comparedWith} the previous version, one {@code dil:PositionChange} per
 * reading and one {@code dil:AnswerChange} per answer and range of days, its {@code dil:answerBefore}
 * and {@code dil:answerAfter} each a {@code dil:AnswerState} with a level and counts. The meta graph's
 * history carries the reports of earlier versions over to later loads. {@link #read} rebuilds the
 * report from the rows of the canned queries {@code changes-report-positions} and {@code
 * changes-report-answers}, so it is read the same way from the embedded store and a remote one.
 */
public final class ChangeGraph {
    private ChangeGraph() {}

    /** Writes {@code report} into {@code meta} as the change report of version {@code version}. */
    public static void write(Graph meta, String version, ChangeReport report) {
        Node r = NodeFactory.createBlankNode();
        meta.add(Ids.version(version), DIL.changeReport.asNode(), r);
        meta.add(r, RDF.type.asNode(), DIL.ChangeReport.asNode());
        meta.add(r, RDFS.label.asNode(), NodeFactory.createLiteralLang(report.previous() == null
                ? "Version " + version + ": a first load, no previous version to compare with"
                : "What version " + version + " changed from version " + report.previous(), "en"));
        if (report.previous() != null)
            meta.add(r, DIL.comparedWith.asNode(), Ids.version(report.previous()));
        for (PositionChange p : report.positions()) {
            Node c = NodeFactory.createBlankNode();
            meta.add(r, DIL.positionChange.asNode(), c);
            meta.add(c, RDF.type.asNode(), DIL.PositionChange.asNode());
            meta.add(c, DIL.changedReading.asNode(), NodeFactory.createURI(p.position()));
            meta.add(c, DIL.changeKind.asNode(), NodeFactory.createLiteralString(p.change()));
            if (!p.label().isEmpty())
                meta.add(c, RDFS.label.asNode(), NodeFactory.createLiteralString(p.label()));
            p.fields().forEach(f -> meta.add(c, DIL.changedField.asNode(), NodeFactory.createURI(f)));
        }
        for (AnswerChange a : report.answers()) {
            Node c = NodeFactory.createBlankNode();
            meta.add(r, DIL.answerChange.asNode(), c);
            meta.add(c, RDF.type.asNode(), DIL.AnswerChange.asNode());
            meta.add(c, DIL.scope.asNode(), NodeFactory.createURI(a.scopeIri()));
            meta.add(c, DIL.question.asNode(), Ids.question(a.question()));
            meta.add(c, DIL.minConfidence.asNode(), Ids.id("confidence", a.floor()));
            if (a.from() != null)
                meta.add(c, DIL.from.asNode(), QueryArgs.date(a.from()));
            if (a.until() != null)
                meta.add(c, DIL.until.asNode(), QueryArgs.date(a.until()));
            state(meta, c, DIL.answerBefore.asNode(), a.before());
            state(meta, c, DIL.answerAfter.asNode(), a.after());
        }
    }

    private static void state(Graph meta, Node change, Node property, Answer answer) {
        if (answer == null)
            return;
        Node s = NodeFactory.createBlankNode();
        meta.add(change, property, s);
        meta.add(s, RDF.type.asNode(), DIL.AnswerState.asNode());
        meta.add(s, DIL.level.asNode(), Ids.id("level", answer.level()));
        Counts c = answer.counts();
        int[] values = {c.members(), c.affirms(), c.rejects(), c.undecided(), c.noStance(), c.silent(), c.unread(), c.noDocument()};
        Node[] properties = {DIL.memberCount.asNode(), DIL.affirmingCount.asNode(), DIL.rejectingCount.asNode(),
                DIL.undecidedCount.asNode(), DIL.noStanceCount.asNode(), DIL.silentCount.asNode(), DIL.unreadCount.asNode(),
                DIL.noDocumentCount.asNode()};
        for (int i = 0; i < values.length; i++)
            meta.add(s, properties[i], NodeFactory.createLiteralDT(Integer.toString(values[i]), XSDDatatype.XSDinteger));
    }

    /** The report of {@code version} (compared with {@code previous}, null for none) from the rows of the two report queries. */
    public static ChangeReport read(String version, String previous, Table positions, Table answers) {
        Map<String, String[]> heads = new LinkedHashMap<>();
        Map<String, List<String>> fields = new LinkedHashMap<>();
        for (Row row : positions.readRows()) {
            String reading = row.uri("reading").orElseThrow();
            heads.putIfAbsent(reading, new String[] {row.text("change").orElseThrow(), row.text("label").orElse("")});
            List<String> f = fields.computeIfAbsent(reading, x -> new ArrayList<>());
            row.uri("field").filter(x -> !f.contains(x)).ifPresent(f::add);
        }
        List<PositionChange> changes = new ArrayList<>();
        heads.forEach((reading, h) -> changes.add(new PositionChange(reading, h[1], h[0], fields.get(reading))));
        List<AnswerChange> moved = new ArrayList<>();
        for (Row row : answers.readRows())
            moved.add(new AnswerChange(Row.key(row.required("scope")), row.uri("scope").orElseThrow(), row.key("question").orElseThrow(),
                    row.key("floor").orElseThrow(), row.date("from").orElse(null), row.date("until").orElse(null),
                    answer(row, "Before"), answer(row, "After")));
        return new ChangeReport(version, previous, changes, moved);
    }

    private static Answer answer(Row row, String side) {
        return row.key("level" + side).map(level -> new Answer(level, new Counts(row.count("members" + side), row.count("affirms" + side),
                row.count("rejects" + side), row.count("undecided" + side), row.count("noStance" + side), row.count("silent" + side),
                row.count("unread" + side), row.count("noDocument" + side)))).orElse(null);
    }
}
