package org.w3id.diligentia.positions;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.w3id.diligentia.vocab.Ids;

/**
 * Writes readings as Turtle, deterministically: the prefixes every data file declares, in the same
 * order; the readings in the order given (document, then question); in each, the properties in one
 * fixed order, several values of one property sorted and joined with commas. The same readings always
 * give the same bytes, so a re-import of an unchanged sheet changes no file.
 */
final class ReadingsTurtle {
    /** The prefixes of every file under data/ (data/README.md, "Layout"), in their order there. */
    static final List<Map.Entry<String, String>> PREFIXES = List.of(
            Map.entry("dil", "https://w3id.org/diligentia/ontology#"), Map.entry("rdfs", "http://www.w3.org/2000/01/rdf-schema#"),
            Map.entry("xsd", "http://www.w3.org/2001/XMLSchema#"), Map.entry("owl", "http://www.w3.org/2002/07/owl#"),
            Map.entry("skos", "http://www.w3.org/2004/02/skos/core#"), Map.entry("dct", "http://purl.org/dc/terms/"),
            Map.entry("org", "http://www.w3.org/ns/org#"), Map.entry("time", "http://www.w3.org/2006/time#"),
            Map.entry("foaf", "http://xmlns.com/foaf/0.1/"), Map.entry("wd", "http://www.wikidata.org/entity/"),
            Map.entry("state", Ids.ID + "state/"), Map.entry("orgid", Ids.ID + "org/"), Map.entry("membership", Ids.ID + "membership/"),
            Map.entry("instrument", Ids.ID + "instrument/"), Map.entry("position", Ids.ID + "position/"),
            Map.entry("q", Ids.ID + "question/"), Map.entry("st", Ids.ID + "stance/"), Map.entry("conf", Ids.ID + "confidence/"),
            Map.entry("ev", Ids.ID + "evidence/"), Map.entry("ms", Ids.ID + "membership-status/"),
            Map.entry("am", Ids.ID + "adoption-mode/"), Map.entry("ik", Ids.ID + "instrument-kind/"),
            Map.entry("ddc", Ids.ID + "dd-coding/"), Map.entry("un", Ids.ID + "un-status/"), Map.entry("silence", Ids.ID + "silence/"),
            Map.entry("territory", Ids.ID + "territory/"), Map.entry("group", Ids.ID + "group/"),
            Map.entry("gm", Ids.ID + "group-membership/"), Map.entry("grole", Ids.ID + "group-role/"));
    private static final Pattern LOCAL = Pattern.compile("[A-Za-z0-9_]([A-Za-z0-9_.-]*[A-Za-z0-9_-])?");
    private static final Map<String, String> KIND_PREFIX = Map.of("state/", "state", "org/", "orgid", "position/", "position",
            "silence/", "silence", "instrument/", "instrument");

    private ReadingsTurtle() {}

    /** The file: {@code header} (comment lines, without "# "), the prefixes, then every reading. */
    static String write(List<String> header, List<Reading> readings) {
        StringBuilder t = new StringBuilder();
        for (String line : header)
            t.append(line.isEmpty() ? "#" : "# " + line).append('\n');
        t.append('\n');
        for (Map.Entry<String, String> p : PREFIXES)
            t.append("@prefix ").append(p.getKey()).append(": <").append(p.getValue()).append("> .\n");
        for (Reading r : readings)
            t.append('\n').append(block(r));
        return t.toString();
    }

    private static String block(Reading r) {
        List<String> lines = new ArrayList<>();
        lines.add("a " + (r.silent() ? "dil:SilentReading" : "dil:Position"));
        lines.add("rdfs:label " + string(r.label()) + "@en");
        lines.add("dil:holder " + id(r.holder()));
        lines.add("dil:question " + name("q", r.question()));
        if (!r.silent())
            lines.add("dil:stance " + name("st", r.stance()));
        lines.add(r.date().equals(Reading.UNKNOWN_DATE) ? "dil:dateUnknown true" : "dct:date " + date(r.date()));
        lines.add("dil:instrument " + id("instrument/" + r.document()));
        if (r.adoptedIn() != null)
            lines.add("dil:adoptedIn " + id("org/" + r.adoptedIn()));
        if (r.adoptionMode() != null)
            lines.add("dil:adoptionMode " + name("am", r.adoptionMode()));
        if (!r.sources().isEmpty())
            lines.add("dct:source " + iris(r.sources()));
        if (!r.readVia().isEmpty())
            lines.add("dil:readVia " + iris(r.readVia()));
        if (r.evidence() != null)
            lines.add("dil:evidence " + name("ev", r.evidence()));
        if (r.confidence() != null)
            lines.add("dil:confidence " + name("conf", r.confidence()));
        if (r.pinpoint() != null)
            lines.add("dil:pinpoint " + string(r.pinpoint()));
        if (r.summary() != null)
            lines.add("dil:summary " + string(r.summary()));
        if (!r.notes().isEmpty())
            lines.add("dil:note " + String.join(" , ", r.notes().stream().map(ReadingsTurtle::string).toList()));
        return id(r.key()) + "\n    " + String.join(" ;\n    ", lines) + " .\n";
    }

    /** An identifier under id/ ({@code state/AUT}), prefixed where its kind has a prefix and its key is a plain local name. */
    private static String id(String path) {
        int slash = path.indexOf('/');
        String prefix = KIND_PREFIX.get(path.substring(0, slash + 1));
        return prefix == null ? "<" + Ids.ID + path + ">" : name(prefix, path.substring(slash + 1));
    }

    private static String name(String prefix, String local) {
        if (LOCAL.matcher(local).matches())
            return prefix + ":" + local;
        String ns = PREFIXES.stream().filter(p -> p.getKey().equals(prefix)).findFirst().orElseThrow().getValue();
        return "<" + ns + local + ">";
    }

    private static String iris(List<String> iris) {
        return String.join(" , ", iris.stream().map(i -> "<" + i.replace(">", "%3E") + ">").toList());
    }

    private static String date(String date) {
        String type = date.length() == 4 ? "xsd:gYear" : date.length() == 7 ? "xsd:gYearMonth" : "xsd:date";
        return "\"" + date + "\"^^" + type;
    }

    /** A Turtle string literal: backslash, quote and line breaks escaped. */
    static String string(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t") + "\"";
    }
}
