package org.w3id.diligentia.curation;

import java.util.List;

/**
 * One document of the coding queue: what identifies and finds it ({@code source}, the document's own
 * URL, and {@code readVia}, where its passages were read before, when known), the questions it
 * establishes nothing on yet, whom it speaks for, and {@code answers}: how many (scope, question)
 * consensus answers of the matrix its coding could change, {@code unreadQuestions.size()} times
 * {@code scopesReached}.
 */
public record QueueEntry(String instrument, String title, String adoptedBy, String adoptedByLabel, String date, String source,
                         List<String> readVia, List<String> unreadQuestions, int statesReached, int scopesReached, int answers) {
    public QueueEntry {
        readVia = List.copyOf(readVia);
        unreadQuestions = List.copyOf(unreadQuestions);
    }
}
