package org.w3id.diligentia.query;

import java.util.List;
import java.util.Optional;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;

/**
 * One canned query file of {@code queries/}: its name (the file name without {@code .rq}), the
 * header's summary, description, tags (api, inference, intervals, index, check, linked-data, dataset, dump, changes) and parameters, and the parsed
 * query. Queries are parsed once, when the catalog is read; parameters are substituted into the
 * parsed query at execution, never spliced into its text.
 */
public record CannedQuery(String name, String summary, String description, List<String> tags,
                          List<ParamSpec> params, String text, Query query) {

    public static final String API = "api";
    public static final String INFERENCE = "inference";
    public static final String CHECK = "check";
    /** Queries whose rows the loader computes the stance and population intervals from. */
    public static final String INTERVALS = "intervals";
    /** The dataset's description (VoID partitions, counts, examples) and its version history. */
    public static final String DATASET = "dataset";
    /** The downloads: the CSV tables and, over a remote store, the quads. */
    public static final String DUMP = "dump";
    public static final String CHANGES = "changes";
    /** Queries the consensus service reads its in-memory index of the intervals from, once per version of the data. */
    public static final String INDEX = "index";

    /** Parses a query file's text; the error names the file and the problem. */
    public static CannedQuery parse(String name, String text) {
        QueryHeader header = QueryHeader.parse(name + ".rq", text);
        Query query;
        try {
            query = QueryFactory.create(text);
        } catch (QueryParseException e) {
            throw new IllegalArgumentException(name + ".rq does not parse: " + e.getMessage(), e);
        }
        List<ParamSpec> params = header.maps("params").stream().map(m -> ParamSpec.fromHeader(name, m)).toList();
        String body = text.lines().filter(l -> !l.stripLeading().startsWith("#")).reduce("", (a, b) -> a + "\n" + b);
        for (ParamSpec p : params)
            if (!java.util.regex.Pattern.compile("[?$]" + java.util.regex.Pattern.quote(p.name()) + "\\b").matcher(body).find())
                throw new IllegalArgumentException(name + ".rq declares parameter '" + p.name() + "' but has no variable ?" + p.name());
        if (header.text("summary").isBlank())
            throw new IllegalArgumentException(name + ".rq has no '#+ summary:' header line");
        return new CannedQuery(name, header.text("summary"), header.text("description"),
                header.list("tags"), params, text, query);
    }

    public boolean hasTag(String tag) {
        return tags.contains(tag);
    }

    public Optional<ParamSpec> param(String paramName) {
        return params.stream().filter(p -> p.name().equals(paramName)).findFirst();
    }
}
