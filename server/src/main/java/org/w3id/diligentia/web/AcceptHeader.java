package org.w3id.diligentia.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * An HTTP {@code Accept} header, parsed as RFC 9110 section 12.5.1 says: media ranges with
 * parameters and quality values ({@code q}, 0 to 1, three decimals at most), where the quality of a
 * media type is that of the <em>most specific</em> range that matches it ({@code text/turtle} over
 * {@code text/*} over {@code *}{@code /*}), and {@code q=0} means "not acceptable". No header, or
 * one with no well-formed range, accepts anything.
 *
 * <p>Written here rather than taken from Jena's {@code AcceptList}, which takes the highest
 * quality among all matching ranges rather than that of the most specific one, and treats
 * {@code q=0} as acceptable. Media type parameters other than {@code q} (a JSON-LD
 * {@code profile}, a {@code charset}) do not stop a range from matching, since each of our
 * representations exists in one variant only; between two equally specific ranges, the one without
 * parameters describes that variant better.
 */
public final class AcceptHeader {
    /**
     * One media range: {@code type/subtype} (either may be {@code *}), its quality, and whether it
     * carries parameters other than {@code q}.
     */
    record Range(String type, String subtype, double quality, boolean parameters) {
        boolean matches(String mediaType) {
            int slash = mediaType.indexOf('/');
            String t = mediaType.substring(0, slash);
            String s = mediaType.substring(slash + 1);
            return (type.equals("*") || type.equals(t)) && (subtype.equals("*") || subtype.equals(s));
        }

        /** 2 for {@code type/subtype}, 1 for {@code type/*}, 0 for {@code *}{@code /*}. */
        int specificity() {
            return type.equals("*") ? 0 : subtype.equals("*") ? 1 : 2;
        }

        /**
         * Whether this range describes an offer (without parameters) better than {@code other}:
         * more specific; or as specific and without parameters where the other has some (the
         * other names a variant we do not have); or else with the higher quality.
         */
        boolean betterThan(Range other) {
            if (specificity() != other.specificity())
                return specificity() > other.specificity();
            if (parameters != other.parameters)
                return !parameters;
            return quality > other.quality;
        }
    }

    private static final AcceptHeader ANYTHING = new AcceptHeader(List.of(new Range("*", "*", 1.0, false)));

    private final List<Range> ranges;

    private AcceptHeader(List<Range> ranges) {
        this.ranges = List.copyOf(ranges);
    }

    /** Parses {@code header}; {@code null}, blank, or nothing well-formed accepts anything. */
    public static AcceptHeader parse(String header) {
        if (header == null || header.isBlank())
            return ANYTHING;
        List<Range> ranges = new ArrayList<>();
        for (String item : split(header, ',')) {
            Range range = range(item);
            if (range != null)
                ranges.add(range);
        }
        return ranges.isEmpty() ? ANYTHING : new AcceptHeader(ranges);
    }

    /** How acceptable {@code mediaType} ({@code type/subtype}, no parameters) is: 0 (not at all) to 1. */
    public double quality(String mediaType) {
        String type = mediaType.toLowerCase(Locale.ROOT);
        Range best = null;
        for (Range r : ranges)
            if (r.matches(type) && (best == null || r.betterThan(best)))
                best = r;
        return best == null ? 0 : best.quality();
    }

    /**
     * The offer the client finds most acceptable: the highest quality above zero, the earliest offer
     * (the server's preference) on a tie; empty if none is acceptable.
     */
    public <T> Optional<T> choose(List<T> offers, Function<T, String> mediaType) {
        T chosen = null;
        double best = 0;
        for (T offer : offers) {
            double q = quality(mediaType.apply(offer));
            if (q > best) {
                best = q;
                chosen = offer;
            }
        }
        return Optional.ofNullable(chosen);
    }

    private static Range range(String item) {
        List<String> parts = split(item, ';');
        String mediaRange = parts.get(0).strip().toLowerCase(Locale.ROOT);
        int slash = mediaRange.indexOf('/');
        if (slash <= 0 || slash == mediaRange.length() - 1 || mediaRange.indexOf('/', slash + 1) >= 0)
            return null;
        String type = mediaRange.substring(0, slash).strip();
        String subtype = mediaRange.substring(slash + 1).strip();
        if (!token(type) || !token(subtype) || (type.equals("*") && !subtype.equals("*")))
            return null;
        double q = 1.0;
        boolean parameters = false;
        for (String param : parts.subList(1, parts.size())) {
            int eq = param.indexOf('=');
            if (eq > 0 && param.substring(0, eq).strip().equalsIgnoreCase("q")) {
                q = qvalue(param.substring(eq + 1).strip());
                if (q < 0)
                    return null;
            } else if (!param.isBlank()) {
                parameters = true;
            }
        }
        return new Range(type, subtype, q, parameters);
    }

    /** A qvalue ({@code 0}, {@code 0.5}, {@code 1.000}), or -1 if malformed. */
    private static double qvalue(String value) {
        if (!value.matches("0(\\.\\d{0,3})?|1(\\.0{0,3})?"))
            return -1;
        return Double.parseDouble(value);
    }

    private static boolean token(String s) {
        return !s.isEmpty() && s.chars().allMatch(c -> c > 32 && c < 127 && "()<>@,;:\\\"/[]?={}".indexOf(c) < 0);
    }

    /** Splits on {@code separator} outside double-quoted strings (a parameter value may hold commas). */
    private static List<String> split(String s, char separator) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && quoted && i + 1 < s.length()) {
                current.append(c).append(s.charAt(++i));
                continue;
            }
            if (c == '"')
                quoted = !quoted;
            if (c == separator && !quoted) {
                out.add(current.toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        out.add(current.toString());
        return out;
    }
}
