package org.w3id.diligentia.load;

import java.time.Duration;
import java.util.Map;

/**
 * What a load or validation did: files read, triples parsed and derived by each step, the
 * resulting version (empty for a validation), and how long each phase took.
 */
public record LoadReport(int files, long sourceTriples, Map<String, Long> derivedTriples, long totalTriples,
                         String version, Map<String, Duration> phases, boolean reused) {

    public Duration total() {
        return phases.values().stream().reduce(Duration.ZERO, Duration::plus);
    }

    /** A one-line summary for people. */
    public String summary() {
        if (reused)
            return "Store is current (version " + version + ", " + totalTriples + " triples); nothing to load.";
        StringBuilder sb = new StringBuilder();
        sb.append(files).append(" files, ").append(sourceTriples).append(" triples");
        derivedTriples.forEach((step, n) -> sb.append(", ").append(n).append(" from ").append(step));
        sb.append(" in ").append(String.format(java.util.Locale.ROOT, "%.2f s", total().toMillis() / 1000.0));
        if (!version.isEmpty())
            sb.append("; version ").append(version);
        return sb.toString();
    }
}
