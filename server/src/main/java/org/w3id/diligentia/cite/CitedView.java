package org.w3id.diligentia.cite;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What a citation pins besides the version: one answer of the consensus API with every parameter
 * explicit (defaults resolved, so the date is a date and never "today"), its title in words, and the
 * date its figures hold on. {@link #path} is the API path below {@code /api/} and below a permalink's
 * {@code /cite/{version}/}: {@code consensus?scope=EU&question=dd-binding&asOf=2025-06-30&minConfidence=low}.
 */
public record CitedView(String title, String route, Map<String, String> params, LocalDate asOf, String floor) {
    public CitedView {
        params = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(params));
    }

    /** The consensus of a scope on a question on a date ({@code /api/consensus}). */
    public static CitedView assessment(String scope, String scopeLabel, String question, String questionLabel, LocalDate asOf,
                                       String floor) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("scope", scope);
        p.put("question", question);
        p.put("asOf", asOf.toString());
        p.put("minConfidence", floor);
        return new CitedView("Consensus of " + scopeLabel + " on \u201c" + questionLabel + "\u201d as of " + asOf + ", positions of "
                + floor + " confidence or higher", "consensus", p, asOf, floor);
    }

    /** The level of every scope on every question on a date ({@code /api/consensus/matrix}). */
    public static CitedView matrix(LocalDate asOf, String floor) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("asOf", asOf.toString());
        p.put("minConfidence", floor);
        return new CitedView("Consensus matrix of every scope and question as of " + asOf + ", positions of " + floor
                + " confidence or higher", "consensus/matrix", p, asOf, floor);
    }

    /** The changes of a scope's level on a question between two dates ({@code /api/consensus/timeline}). */
    public static CitedView timeline(String scope, String scopeLabel, String question, String questionLabel, LocalDate from,
                                     LocalDate to, String floor) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("scope", scope);
        p.put("question", question);
        p.put("from", from.toString());
        p.put("to", to.toString());
        p.put("minConfidence", floor);
        return new CitedView("Consensus timeline of " + scopeLabel + " on \u201c" + questionLabel + "\u201d from " + from + " to " + to
                + ", positions of " + floor + " confidence or higher", "consensus/timeline", p, to, floor);
    }

    /** {@code route?params}, the parameters in a fixed order and encoded. */
    public String path() {
        return route + "?" + params.entrySet().stream()
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue())).collect(Collectors.joining("&"));
    }

    /** The path on this server of the API answer the view is ({@code /api/...}). */
    public String apiPath() {
        return "/api/" + path();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
