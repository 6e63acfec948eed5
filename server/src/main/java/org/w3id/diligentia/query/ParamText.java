package org.w3id.diligentia.query;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;
import org.w3id.diligentia.error.BadRequestException;
import org.w3id.diligentia.error.NotFoundException;
import org.w3id.diligentia.vocab.Confidence;
import org.w3id.diligentia.vocab.Ids;
import org.w3id.diligentia.vocab.Stance;

/**
 * The one reading of request text: each method turns the text a client sent for parameter
 * {@code name} into a typed value after validating it. A bad value is a 400 that names the parameter
 * and quotes the value; an identifier that does not exist is a 404 that names it. The API's routes,
 * the HTML pages and {@code /api/queries/{name}} ({@link ParamType}) all parse with these, so a
 * parameter reads the same everywhere.
 */
public final class ParamText {
    private static final Pattern DATE_PATTERN = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    /** The longest value of a parameter, but for a list of dates. */
    static final int MAX_VALUE_LENGTH = 200;
    /** Date lists come from the server itself (timelines) as well as from clients. */
    private static final int MAX_DATES = 10_000;
    /** The range of dates a parameter may take. */
    public static final LocalDate EARLIEST_DATE = LocalDate.of(1000, 1, 1);
    public static final LocalDate LATEST_DATE = LocalDate.of(2999, 12, 31);

    private ParamText() {}

    /**
     * A date, strictly as YYYY-MM-DD, from {@link #EARLIEST_DATE} to {@link #LATEST_DATE}: the
     * knowledge graph speaks of the years since 1945, and a date a millennium away is a client's
     * mistake (9999-12-31, 0001-01-01), better refused than answered.
     */
    public static LocalDate date(String name, String raw) {
        String value = value(name, raw, MAX_VALUE_LENGTH);
        if (!DATE_PATTERN.matcher(value).matches())
            throw new BadRequestException("Parameter '" + name + "' must be a date as YYYY-MM-DD, got '" + value + "'.");
        LocalDate date;
        try {
            date = LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new BadRequestException("Parameter '" + name + "' is not a valid date: '" + value + "'.");
        }
        if (date.isBefore(EARLIEST_DATE) || date.isAfter(LATEST_DATE))
            throw new BadRequestException("Parameter '" + name + "' must be a date from " + EARLIEST_DATE + " to "
                    + LATEST_DATE + ", got '" + value + "'.");
        return date;
    }

    /** Dates separated by commas, each as {@link #date}; at least one, repeats dropped. */
    public static List<LocalDate> dates(String name, String raw) {
        String value = value(name, raw, MAX_DATES * 11);
        List<LocalDate> dates = new ArrayList<>();
        for (String part : value.split(","))
            if (!part.isBlank())
                dates.add(date(name, part.strip()));
        if (dates.isEmpty())
            throw new BadRequestException("Parameter '" + name + "' needs at least one date as YYYY-MM-DD, got '" + value + "'.");
        return dates.stream().distinct().toList();
    }

    public static boolean bool(String name, String raw) {
        String v = value(name, raw, MAX_VALUE_LENGTH).toLowerCase(Locale.ROOT);
        if (!v.equals("true") && !v.equals("false"))
            throw new BadRequestException("Parameter '" + name + "' must be true or false, got '" + raw.strip() + "'.");
        return Boolean.parseBoolean(v);
    }

    /** An absolute http(s) IRI, such as the canonical IRI of a resource. */
    public static Node iri(String name, String raw) {
        String value = value(name, raw, MAX_VALUE_LENGTH);
        try {
            IRIx iri = IRIx.create(value);
            String scheme = iri.scheme() == null ? "" : iri.scheme().toLowerCase(Locale.ROOT);
            if (iri.isAbsolute() && (scheme.equals("http") || scheme.equals("https")))
                return NodeFactory.createURI(iri.str());
        } catch (IRIException e) {
            // fall through to the error naming the parameter
        }
        throw new BadRequestException("Parameter '" + name + "' must be an absolute http(s) IRI, got '" + value + "'.");
    }

    /** A confidence floor; a value of a fixed vocabulary, so anything else is malformed (400), not unknown. */
    public static Confidence confidence(String name, String raw) {
        return oneOf(name, raw, "confidence", Confidence.ids(), Confidence::byId);
    }

    public static Stance stance(String name, String raw) {
        return oneOf(name, raw, "stance", Stance.ids(), Stance::byId);
    }

    public static Identifiers.Question question(String name, String raw, Identifiers ids) {
        return known(name, value(name, raw, MAX_VALUE_LENGTH), "question", ids.questions(), ids::question);
    }

    public static Identifiers.Scope scope(String name, String raw, Identifiers ids) {
        return known(name, value(name, raw, MAX_VALUE_LENGTH), "scope", ids.scopes(), ids::scope);
    }

    public static Identifiers.Organization organization(String name, String raw, Identifiers ids) {
        return known(name, value(name, raw, MAX_VALUE_LENGTH), "organization", ids.organizations(), ids::organization);
    }

    /** A State by its code, in any case ({@code fra} is FRA). */
    public static Identifiers.State state(String name, String raw, Identifiers ids) {
        return known(name, value(name, raw, MAX_VALUE_LENGTH).toUpperCase(Locale.ROOT), "State", ids.states(), ids::state);
    }

    /** The id of an instrument kind. */
    public static String instrumentKind(String name, String raw, Identifiers ids) {
        return known(name, value(name, raw, MAX_VALUE_LENGTH), "instrument kind", ids.instrumentKinds(), Function.identity());
    }

    /** Organization ids separated by commas; at least one. */
    public static List<Identifiers.Organization> organizations(String name, String raw, Identifiers ids) {
        String value = value(name, raw, MAX_VALUE_LENGTH);
        List<Identifiers.Organization> found = new ArrayList<>();
        for (String part : value.split(",")) {
            String v = part.strip();
            if (!v.isEmpty())
                found.add(known(name, v, "organization", ids.organizations(), ids::organization));
        }
        if (found.isEmpty())
            throw new BadRequestException("Parameter '" + name + "' needs at least one organization id, got '" + value + "'.");
        return found;
    }

    /**
     * ISO3 codes separated by commas, each a State in any case (as {@link #state}); at least one, and
     * none given twice (a repeat is a mistake, not a wish to see a State twice).
     */
    public static List<Identifiers.State> states(String name, String raw, Identifiers ids) {
        String value = value(name, raw, MAX_VALUE_LENGTH);
        List<Identifiers.State> found = new ArrayList<>();
        for (String part : value.split(",")) {
            if (part.isBlank())
                continue;
            Identifiers.State state = state(name, part, ids);
            if (found.contains(state))
                throw new BadRequestException("Parameter '" + name + "' names the State '" + state.iso3() + "' twice; name each once.");
            found.add(state);
        }
        if (found.isEmpty())
            throw new BadRequestException("Parameter '" + name + "' needs at least one ISO3 code such as FRA, got '" + value + "'.");
        return found;
    }

    /** The value, stripped, after refusing one longer than {@code max} characters. */
    private static String value(String name, String raw, int max) {
        if (raw.length() > max)
            throw new BadRequestException("Parameter '" + name + "' is too long (" + raw.length()
                    + " characters; at most " + MAX_VALUE_LENGTH + ").");
        return raw.strip();
    }

    private static <T> T known(String name, String value, String what, Collection<String> known, Function<String, T> lookup) {
        if (!Ids.isKey(value))
            throw new BadRequestException("Parameter '" + name + "' is not a valid " + what + " identifier: '" + value + "'.");
        if (!known.contains(value))
            throw new NotFoundException("Unknown " + what + " '" + value + "' (parameter '" + name + "'). Known: "
                    + String.join(", ", known.stream().sorted().limit(60).toList())
                    + (known.size() > 60 ? ", ..." : "") + ".");
        return lookup.apply(value);
    }

    private static <T> T oneOf(String name, String raw, String what, List<String> allowed, Function<String, Optional<T>> byId) {
        String value = value(name, raw, MAX_VALUE_LENGTH).toLowerCase(Locale.ROOT);
        return byId.apply(value).filter(v -> allowed.contains(value)).orElseThrow(() -> new BadRequestException(
                "Parameter '" + name + "' must be a " + what + ": one of " + String.join(", ", allowed) + "; got '" + value + "'."));
    }
}
