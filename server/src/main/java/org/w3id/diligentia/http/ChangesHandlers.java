package org.w3id.diligentia.http;

import java.util.Optional;
import java.util.function.Supplier;

import org.w3id.diligentia.changes.ChangeReport;
import org.w3id.diligentia.changes.ChangeService;
import org.w3id.diligentia.html.ChangesPage;
import org.w3id.diligentia.html.Links;
import org.w3id.diligentia.store.KnowledgeStore;
import org.w3id.diligentia.web.ApiResponder;
import org.w3id.diligentia.web.ByteCache;
import org.w3id.diligentia.web.CsvTable;
import org.w3id.diligentia.web.RenderedPage;

import io.javalin.http.Context;

/** {@code /api/changes?version=} (JSON, CSV) and the page {@code /changes?version=}: the change report of a version. */
final class ChangesHandlers {
    private final ChangeService changes;
    private final Requests requests;
    private final ApiResponder responder;
    private final KnowledgeStore store;
    private final Supplier<Links> links;
    private final ByteCache cache;

    ChangesHandlers(ChangeService changes, Requests requests, ApiResponder responder, KnowledgeStore store, Supplier<Links> links,
                    ByteCache cache) {
        this.changes = changes;
        this.requests = requests;
        this.responder = responder;
        this.store = store;
        this.links = links;
        this.cache = cache;
    }

    void api(Context ctx) {
        Optional<String> version = requests.changes(ctx);
        responder.respond(ctx, () -> changes.report(version), ChangesHandlers::csv);
    }

    void page(Context ctx) {
        Optional<String> version = requests.changes(ctx);
        RenderedPage.respond(ctx, store, cache, () -> ChangesPage.render(changes.report(version), links.get()),
                "changes", changes.versionOf(version));
    }

    /** One row per reading changed, then one per answer changed over a range of days ({@code record} says which). */
    static CsvTable csv(ChangeReport r) {
        CsvTable t = new CsvTable("version", "previous", "record", "reading", "change", "fields", "label", "scope", "question", "minConfidence",
                "from", "until", "levelBefore", "membersBefore", "affirmsBefore", "rejectsBefore", "undecidedBefore", "noStanceBefore",
                "silentBefore", "unreadBefore", "noDocumentBefore", "levelAfter", "membersAfter", "affirmsAfter", "rejectsAfter",
                "undecidedAfter", "noStanceAfter", "silentAfter", "unreadAfter", "noDocumentAfter");
        for (ChangeReport.PositionChange p : r.positions()) {
            Object[] row = new Object[30];
            Object[] head = {r.version(), r.previous(), "reading", p.position(), p.change(), String.join(" ", p.fields()), p.label()};
            System.arraycopy(head, 0, row, 0, head.length);
            t.row(row);
        }
        for (ChangeReport.AnswerChange a : r.answers()) {
            Object[] row = new Object[30];
            Object[] head = {r.version(), r.previous(), "answer", null, null, null, null, a.scope(), a.question(), a.floor(), a.from(), a.until()};
            System.arraycopy(head, 0, row, 0, head.length);
            answer(row, 12, a.before());
            answer(row, 21, a.after());
            t.row(row);
        }
        return t;
    }

    private static void answer(Object[] row, int at, ChangeReport.Answer answer) {
        if (answer == null)
            return;
        var c = answer.counts();
        Object[] values = {answer.level(), c.members(), c.affirms(), c.rejects(), c.undecided(), c.noStance(), c.silent(), c.unread(),
                c.noDocument()};
        System.arraycopy(values, 0, row, at, values.length);
    }
}
