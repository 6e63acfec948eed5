package org.w3id.diligentia.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.w3id.diligentia.load.Loader;

/**
 * Writes small, valid knowledge bases for rule tests: States, one regional organization "RO" with an
 * assembly that seats all members, dated memberships and suspensions, and own or collective positions.
 * Dates are Turtle literals written as given ("2020", "2020-03", "2020-03-15") so every precision can
 * be tested. {@link #write(Path)} produces a data folder to load with the shipped ontology.
 */
public final class SyntheticKb {
    private static final String PREFIXES = """
            @prefix dil:  <https://w3id.org/diligentia/ontology#> .
            @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
            @prefix org:  <http://www.w3.org/ns/org#> .
            @prefix time: <http://www.w3.org/2006/time#> .
            @prefix dct:  <http://purl.org/dc/terms/> .
            @prefix xsd:  <http://www.w3.org/2001/XMLSchema#> .
            @prefix id:   <https://w3id.org/diligentia/id/> .
            """;

    private final List<String> states = new ArrayList<>();
    private final StringBuilder ttl = new StringBuilder(PREFIXES);
    private int counter;

    public SyntheticKb() {
        ttl.append("""
                <https://w3id.org/diligentia/id/org/RO> a dil:RegionalOrganization ; dil:orgId "RO" ;
                    rdfs:label "Regional Organization"@en .
                <https://w3id.org/diligentia/id/org/RO-ASSEMBLY> a dil:Organ ; dil:orgId "RO-ASSEMBLY" ;
                    rdfs:label "Assembly"@en ; org:subOrganizationOf <https://w3id.org/diligentia/id/org/RO> ;
                    dil:seatsAllMembers true .
                <https://w3id.org/diligentia/id/org/RO-COUNCIL> a dil:Organ ; dil:orgId "RO-COUNCIL" ;
                    rdfs:label "Council (limited membership)"@en ; org:subOrganizationOf <https://w3id.org/diligentia/id/org/RO> ;
                    dil:seatsAllMembers false .
                """);
    }

    /** Adds States ZAA, ZAB, ... each a member of RO from {@code from} (open-ended); returns their codes. */
    public List<String> members(int count, String from) {
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String iso3 = state();
            membership(iso3, "member", from, null);
            codes.add(iso3);
        }
        return codes;
    }

    /** Adds one State (not a member of anything); returns its code. */
    public String state() {
        String iso3 = "Z" + (char) ('A' + states.size() / 26) + (char) ('A' + states.size() % 26);
        states.add(iso3);
        ttl.append("id:state\\/").append(iso3).append(" a dil:State ; dil:iso3 \"").append(iso3)
                .append("\" ; rdfs:label \"State ").append(iso3).append("\"@en .\n");
        return iso3;
    }

    /** A membership interval of {@code iso3} in RO with status member, suspended, withdrawn or expelled. */
    public SyntheticKb membership(String iso3, String status, String from, String until) {
        String m = "id:membership\\/RO-" + iso3 + "-" + (++counter);
        ttl.append(m).append(" a dil:Membership ; org:member id:state\\/").append(iso3)
                .append(" ; org:organization id:org\\/RO ; dil:membershipStatus id:membership-status\\/").append(status)
                .append(" ; dct:source <https://example.org/source> ;\n    org:memberDuring [ a time:Interval ; time:hasBeginning ")
                .append(instant(from));
        if (until != null)
            ttl.append(" ; time:hasEnd ").append(instant(until));
        ttl.append(" ] .\n");
        return this;
    }

    /** An own position of a State: stance affirms, rejects or undecided, on a question, dated. */
    public String own(String iso3, String question, String stance, String date) {
        return position("id:state\\/" + iso3, question, stance, date, null, "unilateral", "high");
    }

    /** An own position with a given confidence (low, medium, high). */
    public String own(String iso3, String question, String stance, String date, String confidence) {
        return position("id:state\\/" + iso3, question, stance, date, null, "unilateral", confidence);
    }

    /** A collective position of RO adopted by consensus in its assembly (which seats every member). */
    public String collective(String question, String stance, String date) {
        return position("id:org\\/RO", question, stance, date, "id:org\\/RO-ASSEMBLY", "consensus", "high");
    }

    /** A position of RO adopted in its council of limited membership: it speaks for no member. */
    public String council(String question, String stance, String date) {
        return position("id:org\\/RO", question, stance, date, "id:org\\/RO-COUNCIL", "consensus", "high");
    }

    private String position(String holder, String question, String stance, String date, String organ, String mode, String confidence) {
        int n = ++counter;
        String instrument = "id:instrument\\/doc-" + n;
        String position = "id:position\\/pos-" + n;
        ttl.append(instrument).append(" a dil:Instrument ; dct:title \"Document ").append(n)
                .append("\" ; dil:instrumentKind id:instrument-kind\\/statement ; dil:adoptedBy ").append(organ == null ? holder : organ)
                .append(" ; dil:adoptionMode id:adoption-mode\\/").append(mode)
                .append(" ; ").append(dated(date)).append(" ; dil:legallyBinding false ; dct:source <https://example.org/doc-").append(n)
                .append("> ; dil:ddCoding id:dd-coding\\/ambiguous ; dil:confidence id:confidence\\/").append(confidence).append(" .\n");
        ttl.append(position).append(" a dil:Position ; dil:holder ").append(holder).append(" ; dil:question id:question\\/").append(question)
                .append(" ; dil:stance id:stance\\/").append(stance).append(" ; ").append(dated(date))
                .append(" ; dil:instrument ").append(instrument).append(" ; dct:source <https://example.org/doc-").append(n)
                .append("> ; dil:evidence id:evidence\\/own-words-read ; dil:confidence id:confidence\\/").append(confidence)
                .append(" ; dil:summary \"Synthetic position ").append(n).append("\"");
        if (organ != null)
            ttl.append(" ; dil:adoptedIn ").append(organ).append(" ; dil:adoptionMode id:adoption-mode\\/").append(mode);
        ttl.append(" .\n");
        return "https://w3id.org/diligentia/id/position/pos-" + n;
    }

    /** A document of a State whose passage on {@code question} was read and is silent (a silent reading). */
    public String silent(String iso3, String question, String date, String confidence) {
        return silence("id:state\\/" + iso3, question, date, null, "unilateral", confidence);
    }

    /** A collective document of RO (adopted by consensus in its assembly) read and silent on {@code question}. */
    public String collectiveSilent(String question, String date) {
        return silence("id:org\\/RO", question, date, "id:org\\/RO-ASSEMBLY", "consensus", "high");
    }

    /** A document of a State not yet coded: it establishes nothing on any question. */
    public String uncoded(String iso3, String date) {
        int n = ++counter;
        ttl.append(instrument(n, "id:state\\/" + iso3, "unilateral", date, "uncoded", "medium"));
        return "https://w3id.org/diligentia/id/instrument/doc-" + n;
    }

    private String silence(String holder, String question, String date, String organ, String mode, String confidence) {
        int n = ++counter;
        ttl.append(instrument(n, organ == null ? holder : organ, mode, date, "ambiguous", confidence));
        ttl.append("id:silence\\/sil-").append(n).append(" a dil:SilentReading ; dil:holder ").append(holder)
                .append(" ; dil:question id:question\\/").append(question).append(" ; ").append(dated(date))
                .append(" ; dil:instrument id:instrument\\/doc-").append(n).append(" ; dct:source <https://example.org/doc-").append(n)
                .append("> ; dil:evidence id:evidence\\/own-words-read ; dil:confidence id:confidence\\/").append(confidence)
                .append(" ; dil:pinpoint \"whole text\"");
        if (organ != null)
            ttl.append(" ; dil:adoptedIn ").append(organ).append(" ; dil:adoptionMode id:adoption-mode\\/").append(mode);
        ttl.append(" .\n");
        return "https://w3id.org/diligentia/id/silence/sil-" + n;
    }

    private static String instrument(int n, String adopter, String mode, String date, String coding, String confidence) {
        return "id:instrument\\/doc-" + n + " a dil:Instrument ; dct:title \"Document " + n
                + "\" ; dil:instrumentKind id:instrument-kind\\/statement ; dil:adoptedBy " + adopter
                + " ; dil:adoptionMode id:adoption-mode\\/" + mode + " ; " + dated(date)
                + " ; dil:legallyBinding false ; dct:source <https://example.org/doc-" + n + "> ; dil:ddCoding id:dd-coding\\/"
                + coding + " ; dil:confidence id:confidence\\/" + confidence + " .\n";
    }

    private static String dated(String date) {
        return date == null ? "dil:dateUnknown true" : "dct:date " + literal(date);
    }

    private static String instant(String date) {
        String type = switch (date.length()) {
            case 4 -> "time:inXSDgYear";
            case 7 -> "time:inXSDgYearMonth";
            default -> "time:inXSDDate";
        };
        return "[ a time:Instant ; " + type + " " + literal(date) + " ]";
    }

    private static String literal(String date) {
        String type = switch (date.length()) {
            case 4 -> "xsd:gYear";
            case 7 -> "xsd:gYearMonth";
            default -> "xsd:date";
        };
        return "\"" + date + "\"^^" + type;
    }

    /** Writes the knowledge base as {@code dir/data/synthetic.ttl}; returns sources with the shipped ontology. */
    public Loader.Sources write(Path dir) {
        try {
            Path data = Files.createDirectories(dir.resolve("data"));
            Files.writeString(data.resolve("synthetic.ttl"), ttl.toString());
            return new Loader.Sources(TestHome.ontology(), data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
