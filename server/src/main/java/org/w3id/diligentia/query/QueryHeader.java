package org.w3id.diligentia.query;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The grlc-style header of a canned query: the leading {@code #+} comment lines, in a small YAML
 * subset. Scalars ({@code #+ summary: text}, continued on indented lines), lists ({@code #+ tags:} then {@code #+   - api}, or
 * {@code #+ tags: api, check}) and lists of maps (each item starts {@code #+   - name: x} and
 * continues with indented {@code key: value} lines). Anything else is a syntax error naming the line.
 */
public record QueryHeader(Map<String, Object> entries) {

    public static QueryHeader parse(String name, String text) {
        Map<String, Object> entries = new LinkedHashMap<>();
        String currentKey = null;
        Map<String, String> currentItem = null;
        int lineNo = 0;
        for (String line : text.split("\n", -1)) {
            lineNo++;
            String trimmed = line.strip();
            if (trimmed.isEmpty())
                continue;
            if (!trimmed.startsWith("#+")) {
                if (trimmed.startsWith("#"))
                    continue;       // ordinary comments may follow the header block
                break;
            }
            String body = trimmed.substring(2);
            String content = body.strip();
            if (content.isEmpty())
                continue;
            boolean indented = body.startsWith("  ");
            if (!indented) {
                int colon = content.indexOf(':');
                if (colon <= 0)
                    throw new IllegalArgumentException(name + " line " + lineNo + ": expected 'key: value' in the header, got '" + content + "'");
                currentKey = content.substring(0, colon).strip();
                String value = content.substring(colon + 1).strip();
                currentItem = null;
                if (!value.isEmpty())
                    entries.put(currentKey, value);
                else
                    entries.put(currentKey, new ArrayList<>());
                continue;
            }
            if (currentKey != null && entries.get(currentKey) instanceof String scalar) {
                entries.put(currentKey, scalar + " " + content);      // a folded continuation line
                continue;
            }
            if (currentKey == null || !(entries.get(currentKey) instanceof List<?>))
                throw new IllegalArgumentException(name + " line " + lineNo + ": indented header line outside a list: '" + content + "'");
            @SuppressWarnings("unchecked")
            List<Object> list = (List<Object>) entries.get(currentKey);
            if (content.startsWith("- ")) {
                String item = content.substring(2).strip();
                int colon = item.indexOf(':');
                if (colon > 0 && !item.contains("://")) {
                    currentItem = new LinkedHashMap<>();
                    currentItem.put(item.substring(0, colon).strip(), item.substring(colon + 1).strip());
                    list.add(currentItem);
                } else {
                    currentItem = null;
                    list.add(item);
                }
            } else {
                int colon = content.indexOf(':');
                if (currentItem == null || colon <= 0)
                    throw new IllegalArgumentException(name + " line " + lineNo + ": expected '- item' or 'key: value' in list '" + currentKey + "'");
                currentItem.put(content.substring(0, colon).strip(), content.substring(colon + 1).strip());
            }
        }
        return new QueryHeader(entries);
    }

    /** A scalar entry, or "" if absent. */
    public String text(String key) {
        Object value = entries.get(key);
        return value instanceof String s ? s : "";
    }

    /** A list entry of plain items; a scalar is split on commas. */
    public List<String> list(String key) {
        Object value = entries.get(key);
        if (value instanceof String s)
            return s.isBlank() ? List.of() : List.of(s.split("\\s*,\\s*"));
        if (value instanceof List<?> l)
            return l.stream().filter(String.class::isInstance).map(String.class::cast).toList();
        return List.of();
    }

    /** A list entry of maps (such as {@code params}). */
    public List<Map<String, String>> maps(String key) {
        Object value = entries.get(key);
        if (!(value instanceof List<?> l))
            return List.of();
        List<Map<String, String>> out = new ArrayList<>();
        for (Object o : l) {
            if (o instanceof Map<?, ?> m) {
                Map<String, String> copy = new LinkedHashMap<>();
                m.forEach((k, v) -> copy.put(String.valueOf(k), String.valueOf(v)));
                out.add(copy);
            }
        }
        return out;
    }
}
