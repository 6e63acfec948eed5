package org.w3id.diligentia.diffusion;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.w3id.diligentia.vocab.Confidence;

/**
 * Regional-to-global diffusion on a question: for each collective position of an organization, how
 * its members spoke on their own before and after it (and whether those after align with it or
 * diverge); and the world's affirmation over time by route, the UN members affirming through each
 * organization's collective position or by their own position.
 */
public record Diffusion(String question, LocalDate from, LocalDate to, Confidence minConfidence, List<String> routes,
                        List<Point> points, List<Collective> collectives) {

    /** The UN members on a date, and how many affirm by each route (routes with none are left out). */
    public record Point(LocalDate date, int members, Map<String, Integer> affirming) {}

    /**
     * A collective position and its members: {@code members} it counts for; of them, how many had spoken on their own
     * before it, how many spoke after, and of those after how many align with it and which diverge (divergences).
     */
    public record Collective(String organization, String position, String instrument, LocalDate date, String stance,
                             int members, int spokeBefore, int spokeAfter, int alignedAfter, List<String> divergentAfter) {}
}
