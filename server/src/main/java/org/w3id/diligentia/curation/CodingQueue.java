package org.w3id.diligentia.curation;

import java.time.LocalDate;
import java.util.List;

/** The curators' work list on a date: every document still unread on some question, most consequential first. */
public record CodingQueue(LocalDate asOf, List<QueueEntry> documents) {
    public CodingQueue {
        documents = List.copyOf(documents);
    }
}
