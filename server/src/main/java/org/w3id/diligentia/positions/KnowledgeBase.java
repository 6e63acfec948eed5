package org.w3id.diligentia.positions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.w3id.diligentia.vocab.DIL;
import org.w3id.diligentia.vocab.Ids;

/**
 * The ontology and data folders parsed into one model (no inference), for the positions sheet: the
 * documents, who may hold a reading, the questions in their order, and the codes a cell may take.
 * Read once per command; the folders are not changed.
 */
final class KnowledgeBase {
    private final Model model;
    private final List<String> questions;

    private KnowledgeBase(Model model) {
        this.model = model;
        this.questions = model.listSubjectsWithProperty(RDF.type, DIL.Question).toList().stream()
                .sorted(Comparator.comparingInt(q -> q.getRequiredProperty(DIL.rank).getInt()))
                .map(q -> key(q.getURI())).toList();
    }

    /** Every Turtle file under {@code ontologyDir} and {@code dataDir}; a file that does not parse is an error of its own. */
    static KnowledgeBase read(Path ontologyDir, Path dataDir) {
        Model model = ModelFactory.createDefaultModel();
        for (Path dir : List.of(ontologyDir, dataDir))
            for (Path file : turtleFiles(dir))
                RDFDataMgr.read(model, file.toUri().toString());
        return new KnowledgeBase(model);
    }

    /** The subjects of {@code file} (if it exists) that are neither positions nor silent readings. */
    static List<String> nonReadings(Path file) {
        if (!Files.exists(file))
            return List.of();
        Model m = RDFDataMgr.loadModel(file.toUri().toString());
        return m.listSubjects().toList().stream()
                .filter(s -> !m.contains(s, RDF.type, DIL.Position) && !m.contains(s, RDF.type, DIL.SilentReading))
                .map(s -> s.isURIResource() ? s.getURI() : "a blank node").sorted().toList();
    }

    static KnowledgeBase of(Model model) {
        return new KnowledgeBase(model);
    }

    private static List<Path> turtleFiles(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(f -> f.toString().endsWith(".ttl")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + dir, e);
        }
    }

    Model model() {
        return model;
    }

    /** The question ids in their order (dil:rank). */
    List<String> questions() {
        return questions;
    }

    /** Every document (dil:Instrument), by key. */
    List<String> documents() {
        return model.listSubjectsWithProperty(RDF.type, DIL.Instrument).toList().stream().map(r -> key(r.getURI()))
                .sorted().toList();
    }

    Resource document(String key) {
        return model.createResource(Ids.ID + "instrument/" + key);
    }

    boolean isDocument(String key) {
        return model.contains(document(key), RDF.type, DIL.Instrument);
    }

    Optional<String> title(String document) {
        return text(document(document), DCTerms.title);
    }

    /** Whether {@code holder} ("state/AUT", "org/AU") is a State or an organization. */
    boolean isActor(String holder) {
        Resource r = model.createResource(Ids.ID + holder);
        return holder.startsWith("state/") && model.contains(r, RDF.type, DIL.State)
                || holder.startsWith("org/") && model.contains(r, DIL.orgId);
    }

    boolean isState(String holder) {
        return holder.startsWith("state/");
    }

    /** Whether {@code id/{kind}/{key}} is a concept of the vocabularies (or an organization, for kind "org"). */
    boolean isCode(String kind, String key) {
        return Ids.isKey(key) && model.contains(model.createResource(Ids.ID + kind + "/" + key), null, (RDFNode) null);
    }

    /** What the sheet prefills on a document no one has read yet: its adopter, the adopter's name, its date and sources. */
    Reading unread(String document) {
        Resource doc = document(document);
        Resource adopter = doc.getPropertyResourceValue(DIL.adoptedBy);
        String holder = adopter == null ? null : adopter.getURI().substring(Ids.ID.length());
        String name = adopter == null ? null : text(adopter, RDFS.label).orElse(null);
        String date = doc.hasProperty(DIL.dateUnknown) ? Reading.UNKNOWN_DATE : text(doc, DCTerms.date).orElse(null);
        return new Reading(document, null, Reading.UNREAD, holder, name, null, null, date, iris(doc, DCTerms.source), List.of(),
                null, null, null, null, List.of());
    }

    static String key(String uri) {
        return uri.substring(uri.lastIndexOf('/') + 1);
    }

    static Optional<String> text(Resource r, org.apache.jena.rdf.model.Property p) {
        Statement s = r.getProperty(p);
        return s == null ? Optional.empty() : Optional.of(s.getObject().isLiteral() ? s.getLiteral().getLexicalForm()
                : s.getResource().getURI());
    }

    /** The IRIs of {@code p} on {@code r}, sorted. */
    static List<String> iris(Resource r, org.apache.jena.rdf.model.Property p) {
        List<String> out = new ArrayList<>();
        r.listProperties(p).forEach(s -> out.add(s.getResource().getURI()));
        out.sort(null);
        return out;
    }

    /** The lexical forms of {@code p} on {@code r}, sorted. */
    static List<String> texts(Resource r, org.apache.jena.rdf.model.Property p) {
        List<String> out = new ArrayList<>();
        r.listProperties(p).forEach(s -> out.add(((Literal) s.getObject()).getLexicalForm()));
        out.sort(null);
        return out;
    }
}
