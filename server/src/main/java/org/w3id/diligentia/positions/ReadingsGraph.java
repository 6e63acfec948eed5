package org.w3id.diligentia.positions;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.w3id.diligentia.vocab.DIL;
import org.w3id.diligentia.vocab.Ids;

/** The readings (positions and silent readings) of a model, as {@link Reading}s, in the sheet's order. */
final class ReadingsGraph {
    private ReadingsGraph() {}

    /** Every reading of {@code kb}, by document and then question order. */
    static List<Reading> readings(KnowledgeBase kb) {
        Model m = kb.model();
        List<Reading> out = new ArrayList<>();
        for (Resource r : m.listSubjectsWithProperty(RDF.type, DIL.Position).andThen(m.listSubjectsWithProperty(RDF.type, DIL.SilentReading))
                .toList())
            out.add(reading(r));
        out.sort(Comparator.comparing(Reading::document).thenComparingInt(r -> kb.questions().indexOf(r.question())));
        return out;
    }

    private static Reading reading(Resource r) {
        String document = key(r, DIL.instrument);
        String question = key(r, DIL.question);
        boolean silent = r.hasProperty(RDF.type, DIL.SilentReading);
        String stance = silent ? Reading.SILENT : key(r, DIL.stance);
        String holder = r.getPropertyResourceValue(DIL.holder).getURI().substring(Ids.ID.length());
        String date = r.hasProperty(DIL.dateUnknown) ? Reading.UNKNOWN_DATE : KnowledgeBase.text(r, DCTerms.date).orElse(null);
        String label = KnowledgeBase.text(r, RDFS.label).orElse("");
        Reading probe = new Reading(document, question, stance, holder, "", null, null, date, List.of(), List.of(), null, null,
                null, null, List.of());
        String suffix = probe.label();
        if (!label.endsWith(suffix))
            throw new IllegalStateException("The label of " + r.getURI() + " ('" + label + "') does not end with '" + suffix
                    + "': the sheet cannot say it");
        return new Reading(document, question, stance, holder, label.substring(0, label.length() - suffix.length()),
                r.hasProperty(DIL.adoptedIn) ? key(r, DIL.adoptedIn) : null,
                r.hasProperty(DIL.adoptionMode) ? key(r, DIL.adoptionMode) : null, date,
                KnowledgeBase.iris(r, DCTerms.source), KnowledgeBase.iris(r, DIL.readVia),
                r.hasProperty(DIL.evidence) ? key(r, DIL.evidence) : null, r.hasProperty(DIL.confidence) ? key(r, DIL.confidence) : null,
                KnowledgeBase.text(r, DIL.pinpoint).orElse(null), KnowledgeBase.text(r, DIL.summary).orElse(null),
                KnowledgeBase.texts(r, DIL.note));
    }

    private static String key(Resource r, org.apache.jena.rdf.model.Property p) {
        return KnowledgeBase.key(r.getPropertyResourceValue(p).getURI());
    }
}
