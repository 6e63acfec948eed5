package org.w3id.diligentia.docs;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a text cites: the relative links and heading anchors of Markdown, the comments of source
 * code, and the file names those comments mention. Pure functions, used by
 * {@link ReferencesResolveTest} and tested by {@link ReferenceRulesTest}.
 */
final class References {
    /** {@code [text](target)} and {@code [text](target "title")}, and reference definitions {@code [x]: target}. */
    private static final Pattern INLINE_LINK = Pattern.compile("\\]\\(\\s*<?([^)\\s>]+)>?(?:\\s+\"[^\"]*\")?\\s*\\)");
    private static final Pattern DEFINITION = Pattern.compile("(?m)^\\s{0,3}\\[[^\\]]+\\]:\\s*<?(\\S+?)>?(?:\\s|$)");
    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");
    private static final Pattern HEADING = Pattern.compile("(?m)^ {0,3}#{1,6}\\s+(.*?)\\s*#*\\s*$");
    private static final Pattern FENCE = Pattern.compile("(?ms)^ {0,3}(```|~~~).*?^ {0,3}\\1[^\\n]*$");
    private static final Pattern CODE_SPAN = Pattern.compile("`[^`\\n]*`");
    /** Documents that are not in the repository and that nothing may cite. */
    private static final Pattern OUTSIDE = Pattern.compile("((?:\\.\\./)+shared/[\\w./-]*|/work/shared[\\w./-]*|(?<![\\w/-])(?:DESIGN|STACK|STYLE)\\.md\\b)");
    /** A path: segments of name characters, {@code *} and {@code {placeholders}}, not part of a URL or a server path. */
    private static final Pattern PATH = Pattern.compile("(?<![\\w./:*{}@-])((?:[\\w.-]+|\\.ci)(?:/[\\w.*{}-]+)+/?)");
    /** A bare file name of a kind the code cites. */
    private static final Pattern BARE = Pattern.compile("(?<![\\w./:*{}@-])([\\w][\\w.-]*\\.(?:md|rq|ttl|java|py|sh|js))(?![\\w/-])");

    private References() {}

    static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1);
    }

    /** The relative link targets of Markdown {@code text} (code blocks and spans excepted). */
    static List<String> links(String text) {
        String prose = CODE_SPAN.matcher(FENCE.matcher(text).replaceAll("")).replaceAll("");
        List<String> targets = new ArrayList<>();
        for (Pattern p : new Pattern[] {INLINE_LINK, DEFINITION}) {
            Matcher m = p.matcher(prose);
            while (m.find())
                if (!SCHEME.matcher(m.group(1)).find() && !m.group(1).startsWith("//"))
                    targets.add(m.group(1));
        }
        return targets;
    }

    /** The anchors of Markdown {@code text}'s headings, as GitHub makes them (duplicates get -1, -2, ...). */
    static Set<String> anchors(String text) {
        Set<String> anchors = new LinkedHashSet<>();
        Map<String, Integer> seen = new HashMap<>();
        Matcher m = HEADING.matcher(FENCE.matcher(text).replaceAll(""));
        while (m.find()) {
            String slug = m.group(1).toLowerCase(java.util.Locale.ROOT).replaceAll("[^\\p{L}\\p{N} _-]", "").replace(' ', '-');
            int n = seen.merge(slug, 1, Integer::sum) - 1;
            anchors.add(n == 0 ? slug : slug + "-" + n);
        }
        return anchors;
    }

    /** Citations in {@code text} of documents that are outside the repository. */
    static List<String> outsideTheRepository(String text) {
        List<String> found = new ArrayList<>();
        Matcher m = OUTSIDE.matcher(text);
        while (m.find())
            found.add(m.group(1));
        return found;
    }

    /** The paths in {@code text} that start with one of the repository's top-level entries ({@code queries/coverage.rq}). */
    static List<String> paths(String text, Set<String> topLevel) {
        List<String> found = new ArrayList<>();
        Matcher m = PATH.matcher(text);
        while (m.find()) {
            String path = trimmed(m.group(1));
            if (topLevel.contains(path.substring(0, path.indexOf('/'))))
                found.add(path);
        }
        return found;
    }

    /** {@code path} without the punctuation after it: a full stop, an ellipsis, the brace closing {@code {@code ...}}. */
    private static String trimmed(String path) {
        String p = path;
        while (true) {
            String before = p;
            p = p.replaceAll("[.,;:]+$", "");
            if (p.endsWith("}") && p.chars().filter(c -> c == '}').count() > p.chars().filter(c -> c == '{').count())
                p = p.substring(0, p.length() - 1);
            if (p.equals(before))
                return p;
        }
    }

    /** The bare file names in {@code text} ({@code design.md}, {@code infer-30-effective-dates.rq}). */
    static List<String> bareNames(String text) {
        List<String> found = new ArrayList<>();
        Matcher m = BARE.matcher(text);
        while (m.find())
            if (!OUTSIDE.matcher(m.group(1)).matches())
                found.add(m.group(1));
        return found;
    }

    /**
     * The comments of the source file {@code name} (by its extension), one per line: {@code //} and
     * block comments in Java and JavaScript, {@code #} comments elsewhere, and Python's triple-quoted
     * strings (its docstrings). Strings, IRIs ({@code <...>} in Turtle and SPARQL) and, in shell,
     * a {@code #} inside a word are not comments.
     */
    static String comments(String name, String s) {
        String ext = extension(name);
        boolean cLike = ext.equals("java") || ext.equals("js");
        boolean rdf = ext.equals("ttl") || ext.equals("rq");
        StringBuilder out = new StringBuilder();
        int i = 0;
        int n = s.length();
        while (i < n) {
            char c = s.charAt(i);
            int end;
            if (cLike && s.startsWith("//", i)) {
                end = lineEnd(s, i);
                out.append(s, i, end).append('\n');
            } else if (cLike && s.startsWith("/*", i)) {
                end = closing(s, "*/", i + 2);
                out.append(s, i, end).append('\n');
            } else if (!cLike && c == '#' && (!ext.equals("sh") || i == 0 || Character.isWhitespace(s.charAt(i - 1)))) {
                end = lineEnd(s, i);
                out.append(s, i, end).append('\n');
            } else if (s.startsWith("\"\"\"", i) || (!cLike && s.startsWith("'''", i))) {
                end = closing(s, s.substring(i, i + 3), i + 3);
                if (ext.equals("py"))
                    out.append(s, i, end).append('\n');
            } else if (rdf && c == '<' && iriEnd(s, i) > 0) {
                end = iriEnd(s, i);
            } else if (c == '"' || (c == '\'' && !ext.equals("ttl")) || (ext.equals("js") && c == '`')) {
                end = stringEnd(s, i, !ext.equals("sh") && c != '`');
            } else {
                end = i + 1;
            }
            i = end;
        }
        return out.toString();
    }

    private static int lineEnd(String s, int from) {
        int e = s.indexOf('\n', from);
        return e < 0 ? s.length() : e;
    }

    private static int closing(String s, String delimiter, int from) {
        int e = s.indexOf(delimiter, from);
        return e < 0 ? s.length() : e + delimiter.length();
    }

    /** The end of an IRI {@code <...>} starting at {@code from}, or -1 if it is not one (a comparison). */
    private static int iriEnd(String s, int from) {
        for (int j = from + 1; j < s.length(); j++) {
            char c = s.charAt(j);
            if (c == '>')
                return j > from + 1 ? j + 1 : -1;
            if (Character.isWhitespace(c) || c == '<' || c == '"')
                return -1;
        }
        return -1;
    }

    /** The end of the string starting at {@code from}; with {@code oneLine}, a line end ends it too. */
    private static int stringEnd(String s, int from, boolean oneLine) {
        char quote = s.charAt(from);
        for (int j = from + 1; j < s.length(); j++) {
            char c = s.charAt(j);
            if (c == '\\')
                j++;
            else if (c == quote)
                return j + 1;
            else if (c == '\n' && oneLine)
                return j + 1;
        }
        return s.length();
    }
}
