package org.w3id.diligentia.http;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.w3id.diligentia.reference.InstrumentsQuery;
import org.w3id.diligentia.reference.OrganizationQuery;
import org.w3id.diligentia.reference.ReferenceService;
import org.w3id.diligentia.reference.StateQuery;
import org.w3id.diligentia.web.ApiResponder;
import org.w3id.diligentia.web.CsvTable;
import org.w3id.diligentia.web.Params;
import org.w3id.diligentia.web.TruncatedHeader;

import io.javalin.http.Context;

/** {@code /api/questions}, {@code /api/states}, {@code /api/organizations}, {@code /api/instruments}. */
final class ReferenceHandlers {
    private final ReferenceService reference;
    private final Requests requests;
    private final ApiResponder responder;

    ReferenceHandlers(ReferenceService reference, Requests requests, ApiResponder responder) {
        this.reference = reference;
        this.requests = requests;
        this.responder = responder;
    }

    void questions(Context ctx) {
        Params.only(ctx, Set.of());
        responder.respond(ctx, () -> new Listing(reference.questions(), false),
                l -> mapsCsv(l.items(), "question", "id", "label", "proposition", "rank"));
    }

    void states(Context ctx) {
        Params.only(ctx, Set.of());
        responder.respond(ctx, () -> listing(ctx, reference.states()),
                l -> mapsCsv(l.items(), "state", "iso3", "iso2", "m49", "name", "formalName", "unStatus", "wikidata"));
    }

    void state(Context ctx) {
        StateQuery q = requests.state(ctx);
        responder.respond(ctx, () -> reference.state(q),
                s -> mapsCsv(s.stances(), "questionId", "effectiveStance", "via", "organization", "position", "positionDate", "instrument"));
    }

    void organizations(Context ctx) {
        Params.only(ctx, Set.of());
        responder.respond(ctx, () -> listing(ctx, reference.organizations()),
                l -> mapsCsv(l.items(), "organization", "id", "name", "acronym", "kind", "parent", "seatsAllMembers", "founded",
                        "homepage", "wikidata"));
    }

    void organization(Context ctx) {
        OrganizationQuery q = requests.organization(ctx);
        responder.respond(ctx, () -> reference.organization(q),
                o -> mapsCsv(o.members(), "iso3", "name", "status", "since", "until", "membership"));
    }

    void instruments(Context ctx) {
        InstrumentsQuery q = requests.instruments(ctx);
        responder.respond(ctx, () -> listing(ctx, reference.instruments(q)), l -> mapsCsv(l.items(), "instrument", "title", "shortTitle", "kindId", "adoptedBy", "adoptionModeId", "date",
                "effectiveDate", "legallyBinding", "symbol", "source", "ddCodingId", "confidenceId"));
    }

    /** A list answer; {@code truncated} says the row cap cut it (and the header {@value TruncatedHeader#NAME} says so too). */
    record Listing(List<Map<String, Object>> items, boolean truncated) {}

    private Listing listing(Context ctx, ReferenceService.Listing list) {
        if (list.truncated())
            TruncatedHeader.set(ctx, reference.rowCap());
        return new Listing(list.items(), list.truncated());
    }

    static CsvTable mapsCsv(List<Map<String, Object>> rows, String... columns) {
        CsvTable t = new CsvTable(columns);
        for (Map<String, Object> row : rows) {
            Object[] values = new Object[columns.length];
            for (int i = 0; i < columns.length; i++)
                values[i] = row.get(columns[i]);
            t.row(values);
        }
        return t;
    }
}
