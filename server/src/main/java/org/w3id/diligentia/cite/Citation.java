package org.w3id.diligentia.cite;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * A citation of one view ({@link CitedView}) as computed from one dataset version: the permalink
 * {@code {base}cite/{version}/{view}} names both. {@code current} says whether the store still holds
 * that version; when it does not, the answer behind the permalink is computed from
 * {@code currentVersion}, and {@link #notice} says so in words.
 *
 * @param base     the canonical base of identifiers ({@code https://w3id.org/diligentia/})
 * @param accessed the day the citation was made (today), for "accessed" and {@code urldate}
 */
public record Citation(CitedView view, String base, String version, Instant issued, String currentVersion,
                       Instant currentIssued, LocalDate accessed) {

    /** Whether the pinned version is the one the store holds. */
    public boolean current() {
        return version.equals(currentVersion);
    }

    /** The permalink under the canonical base: {@code https://w3id.org/diligentia/cite/{version}/consensus?...}. */
    public String permalink() {
        return base + local().substring(1);
    }

    /** The permalink as a path on this server. */
    public String local() {
        return "/cite/" + version + "/" + view.path();
    }

    /** The same view pinned to the version the store holds. */
    public String currentPermalink() {
        return base + "cite/" + currentVersion + "/" + view.path();
    }

    /** The version resource the citation pins ({@code id/version/{hash}} under the base). */
    public String versionIri() {
        return base + "id/version/" + version;
    }

    /** When the pinned version is not the store's: what the figures are computed from instead, plainly. */
    public Optional<String> notice() {
        if (current())
            return Optional.empty();
        return Optional.of("This citation pins dataset version " + version + " of " + issued.truncatedTo(ChronoUnit.SECONDS)
                + "; the store now holds version " + currentVersion + " of " + currentIssued.truncatedTo(ChronoUnit.SECONDS)
                + ". The figures below are computed from version " + currentVersion
                + ", not from the version cited, and may differ from those cited. The same view, cited at the current version: "
                + currentPermalink());
    }
}
