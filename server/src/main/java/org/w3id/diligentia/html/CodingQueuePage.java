package org.w3id.diligentia.html;

import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.w3id.diligentia.curation.CodingQueue;

/**
 * {@code /coding-queue} ({@code codingQueue.jte}): the curators' work list, one row per document still
 * unread on some question, with its source, where it was read, the questions to read, and the number
 * of consensus answers its coding could change; the same list as {@code /api/coding-queue} (JSON, CSV).
 */
public final class CodingQueuePage {
    private CodingQueuePage() {}

    /** What the template needs: the queue, how to link, and the page frame. */
    public record View(CodingQueue queue, Links links, Layout.Page page) {
        /** The API answer for the same date, as CSV. */
        String csv() {
            return "/api/coding-queue?asOf=" + queue.asOf() + "&format=csv";
        }

        String json() {
            return "/api/coding-queue?asOf=" + queue.asOf();
        }

        static Node iri(String uri) {
            return NodeFactory.createURI(uri);
        }
    }

    public static String render(CodingQueue queue, Links links) {
        String json = "/api/coding-queue?asOf=" + queue.asOf();
        return Templates.render("codingQueue.jte", new View(queue, links, Layout.page("Coding queue", "/coding-queue",
                List.of(new Layout.Alternate(json, "application/json", "The queue as JSON"),
                        new Layout.Alternate(json + "&format=csv", "text/csv", "The queue as CSV")))));
    }
}
