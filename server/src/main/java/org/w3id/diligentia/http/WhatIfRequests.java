package org.w3id.diligentia.http;

import java.io.IOException;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;

import org.w3id.diligentia.consensus.ConsensusService;
import org.w3id.diligentia.consensus.Fraction;
import org.w3id.diligentia.consensus.LevelRule;
import org.w3id.diligentia.error.BadRequestException;
import org.w3id.diligentia.error.NotFoundException;
import org.w3id.diligentia.error.PayloadTooLargeException;
import org.w3id.diligentia.error.UnprocessableContentException;
import org.w3id.diligentia.error.UnsupportedMediaTypeException;
import org.w3id.diligentia.query.Identifiers;
import org.w3id.diligentia.query.ParamText;
import org.w3id.diligentia.vocab.Confidence;
import org.w3id.diligentia.whatif.WhatIf;
import org.w3id.diligentia.whatif.WhatIf.ActorKind;
import org.w3id.diligentia.whatif.WhatIf.Hypothesis;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.javalin.http.Context;

/**
 * The body of {@code POST /api/what-if}, parsed once into a {@link WhatIf}: JSON only (415
 * otherwise), at most {@value #MAX_BODY_BYTES} bytes (413), each member of a known name and type (400
 * naming the member and the value, as {@code hypotheses[2].date}), identifiers that exist in the data
 * (422 naming the unknown one: the route exists, the body asks for what is not there).
 */
final class WhatIfRequests {
    static final int MAX_BODY_BYTES = 64 * 1024;
    private static final int MAX_LABEL = 200;
    private static final int MAX_COUNT = 100_000;
    private static final ObjectMapper JSON = new ObjectMapper().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    private final ConsensusService consensus;

    WhatIfRequests(ConsensusService consensus) {
        this.consensus = consensus;
    }

    WhatIf parse(Context ctx) {
        String type = ctx.contentType() == null ? "" : ctx.contentType().split(";")[0].strip().toLowerCase(Locale.ROOT);
        if (!type.equals("application/json"))
            throw new UnsupportedMediaTypeException("POST /api/what-if takes a JSON body (Content-Type: application/json), got '"
                    + (ctx.contentType() == null ? "no Content-Type" : ctx.contentType()) + "'.");
        byte[] body = ctx.bodyAsBytes();
        if (body.length > MAX_BODY_BYTES)
            throw new PayloadTooLargeException("A what-if body has at most " + MAX_BODY_BYTES + " bytes, got " + body.length + ".");
        JsonNode root;
        try {
            root = JSON.readTree(body);
        } catch (JsonProcessingException e) {
            throw new BadRequestException("The body is not valid JSON: " + e.getOriginalMessage() + ".");
        } catch (IOException e) {
            throw new BadRequestException("The body cannot be read as JSON.");
        }
        if (root == null || !root.isObject())
            throw new BadRequestException("The body must be a JSON object with 'hypotheses', 'variants' and 'ask', got "
                    + (root == null ? "nothing" : root.getNodeType().toString().toLowerCase(Locale.ROOT)) + ".");
        only(root, "", Set.of("hypotheses", "variants", "ask"));
        JsonNode list = root.path("hypotheses");
        List<Hypothesis> hypotheses = new ArrayList<>();
        if (!list.isMissingNode() && !list.isNull()) {
            if (!list.isArray())
                throw new BadRequestException("Member 'hypotheses' must be an array of hypothetical positions.");
            if (list.size() > WhatIf.MAX_HYPOTHESES)
                throw new UnprocessableContentException("A what-if adds at most " + WhatIf.MAX_HYPOTHESES + " hypotheses, got "
                        + list.size() + ".");
            for (int i = 0; i < list.size(); i++)
                hypotheses.add(hypothesis(list.get(i), "hypotheses[" + i + "]", i + 1));
        }
        return new WhatIf(hypotheses, variants(root.path("variants")), ask(root.path("ask")));
    }

    private Hypothesis hypothesis(JsonNode h, String at, int n) {
        if (!h.isObject())
            throw new BadRequestException("Member '" + at + "' must be an object with actor, question, stance and date.");
        only(h, at + ".", Set.of("actor", "question", "stance", "date", "confidence", "label"));
        String actorText = text(h, at + ".actor", true);
        Identifiers ids = consensus.identifiers();
        ActorKind kind;
        String actor;
        if (ids.state(actorText.toUpperCase(Locale.ROOT)) != null) {
            kind = ActorKind.STATE;
            actor = actorText.toUpperCase(Locale.ROOT);
        } else if (ids.organization(actorText) != null && ids.scope(actorText) != null && !actorText.equals("world")) {
            kind = ActorKind.ORGANIZATION;
            actor = actorText;
        } else if (ids.organization(actorText) != null) {
            throw new UnprocessableContentException("Member '" + at + ".actor' names '" + actorText + "', an organ or body without"
                    + " members of its own: its positions count for no State. Name a State (ISO3) or an organization with members.");
        } else {
            throw new UnprocessableContentException("Member '" + at + ".actor' names an unknown actor '" + actorText
                    + "': neither a State's ISO3 code (such as FRA) nor an organization with members (such as OAS).");
        }
        String question = known(() -> ParamText.question(at + ".question", text(h, at + ".question", true), ids)).id();
        var stance = ParamText.stance(at + ".stance", text(h, at + ".stance", true));
        LocalDate date = ParamText.date(at + ".date", text(h, at + ".date", true));
        String conf = text(h, at + ".confidence", false);
        Confidence confidence = conf == null ? Confidence.MEDIUM : ParamText.confidence(at + ".confidence", conf);
        String label = text(h, at + ".label", false);
        if (label != null && (label.isBlank() || label.length() > MAX_LABEL))
            throw new BadRequestException("Member '" + at + ".label' must be 1 to " + MAX_LABEL + " characters, got " + label.length() + ".");
        return Hypothesis.of(n, actor, kind, question, stance, date, confidence, label == null ? null : label.strip());
    }

    private WhatIf.Variants variants(JsonNode v) {
        if (v.isMissingNode() || v.isNull())
            return WhatIf.Variants.NONE;
        if (!v.isObject())
            throw new BadRequestException("Member 'variants' must be an object.");
        only(v, "variants.", Set.of("leaveOutCollective", "ownWordsOnly", "undecidedAsRejecting", "coverageFloor", "levels"));
        String floor = v.has("coverageFloor") && !v.get("coverageFloor").isNull()
                ? fraction(v.get("coverageFloor"), "variants.coverageFloor") : null;
        Map<String, Map<String, String>> levels = new LinkedHashMap<>();
        JsonNode lv = v.path("levels");
        if (!lv.isMissingNode() && !lv.isNull()) {
            if (!lv.isObject())
                throw new BadRequestException("Member 'variants.levels' must be an object of levels, such as {\"broad\": {\"minSupport\": \"3/4\"}}.");
            Set<String> known = new TreeSet<>(consensus.levelRules().rules().stream().map(LevelRule::id).toList());
            for (Map.Entry<String, JsonNode> level : lv.properties()) {
                String at = "variants.levels." + level.getKey();
                if (!known.contains(level.getKey()))
                    throw new UnprocessableContentException("Member 'variants.levels' names an unknown level '" + level.getKey()
                            + "'; levels are " + String.join(", ", known) + ".");
                if (!level.getValue().isObject() || level.getValue().isEmpty())
                    throw new BadRequestException("Member '" + at + "' must be an object of thresholds, such as {\"minSupport\": \"3/4\"}.");
                Map<String, String> thresholds = new LinkedHashMap<>();
                for (Map.Entry<String, JsonNode> e : level.getValue().properties()) {
                    String name = e.getKey();
                    if (!WhatIf.FRACTION_THRESHOLDS.contains(name) && !WhatIf.COUNT_THRESHOLDS.contains(name))
                        throw new BadRequestException("Member '" + at + "' names an unknown threshold '" + name + "'; thresholds are "
                                + String.join(", ", new TreeSet<>(union(WhatIf.FRACTION_THRESHOLDS, WhatIf.COUNT_THRESHOLDS))) + ".");
                    thresholds.put(name, e.getValue().isNull() ? null : WhatIf.COUNT_THRESHOLDS.contains(name)
                            ? count(e.getValue(), at + "." + name) : fraction(e.getValue(), at + "." + name));
                }
                levels.put(level.getKey(), thresholds);
            }
        }
        return new WhatIf.Variants(bool(v, "variants.leaveOutCollective"), bool(v, "variants.ownWordsOnly"),
                bool(v, "variants.undecidedAsRejecting"), floor, levels);
    }

    private WhatIf.Ask ask(JsonNode a) {
        if (!a.isObject())
            throw new BadRequestException("Member 'ask' is required: an object with 'question' and optionally 'scopes', 'asOf',"
                    + " 'minConfidence' and 'custom'.");
        only(a, "ask.", Set.of("scopes", "question", "asOf", "minConfidence", "custom"));
        Identifiers ids = consensus.identifiers();
        List<Identifiers.Scope> scopes = new ArrayList<>();
        JsonNode s = a.path("scopes");
        if (s.isMissingNode() || s.isNull())
            scopes.add(ids.scope("world"));
        else {
            if (!s.isArray() || s.isEmpty())
                throw new BadRequestException("Member 'ask.scopes' must be a non-empty array of scope ids, such as [\"OAS\", \"world\"].");
            if (s.size() > WhatIf.MAX_SCOPES)
                throw new UnprocessableContentException("A what-if asks about at most " + WhatIf.MAX_SCOPES + " scopes, got " + s.size() + ".");
            for (int i = 0; i < s.size(); i++) {
                String at = "ask.scopes[" + i + "]";
                if (!s.get(i).isTextual())
                    throw new BadRequestException("Member '" + at + "' must be a scope id (a string), got " + s.get(i) + ".");
                String id = s.get(i).asText();
                Identifiers.Scope scope = known(() -> ParamText.scope(at, id, ids));
                if (scopes.contains(scope))
                    throw new BadRequestException("Member 'ask.scopes' names the scope '" + scope.id() + "' twice; name each once.");
                scopes.add(scope);
            }
        }
        Identifiers.Question question = known(() -> ParamText.question("ask.question", text(a, "ask.question", true), ids));
        String asOf = text(a, "ask.asOf", false);
        String floor = text(a, "ask.minConfidence", false);
        boolean custom = !a.has("custom") || bool(a, "ask.custom");
        return new WhatIf.Ask(scopes, question, asOf == null ? consensus.today() : ParamText.date("ask.asOf", asOf),
                floor == null ? Confidence.DEFAULT : ParamText.confidence("ask.minConfidence", floor), custom);
    }

    /** Refuses a member of {@code node} not in {@code allowed}. */
    private static void only(JsonNode node, String at, Set<String> allowed) {
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            if (!allowed.contains(name))
                throw new BadRequestException("Unknown member '" + at + name + "'; allowed: " + String.join(", ", new TreeSet<>(allowed)) + ".");
        }
    }

    private static String text(JsonNode parent, String at, boolean required) {
        JsonNode n = parent.get(at.substring(at.lastIndexOf('.') + 1));
        if (n == null || n.isNull()) {
            if (required)
                throw new BadRequestException("Member '" + at + "' is required.");
            return null;
        }
        if (!n.isTextual())
            throw new BadRequestException("Member '" + at + "' must be a string, got " + shorten(n.toString()) + ".");
        return n.asText();
    }

    private static boolean bool(JsonNode parent, String at) {
        JsonNode n = parent.get(at.substring(at.lastIndexOf('.') + 1));
        if (n == null || n.isNull())
            return false;
        if (!n.isBoolean())
            throw new BadRequestException("Member '" + at + "' must be true or false, got " + shorten(n.toString()) + ".");
        return n.booleanValue();
    }

    /** A fraction from 0 to 1: "2/3", "0.75" or 0.75. */
    private static String fraction(JsonNode n, String at) {
        String text = n.isTextual() ? n.asText().strip() : n.isNumber() ? n.decimalValue().toPlainString() : null;
        if (text != null && text.length() <= 40 && text.matches("\\d+(/\\d+|\\.\\d+)?")) {
            try {
                Fraction f = Fraction.of(WhatIf.thresholdLiteral("minSupport", text));
                if (f.numerator().compareTo(f.denominator()) <= 0)
                    return text;
            } catch (IllegalArgumentException e) {
                // falls through to the error naming the member
            }
        }
        throw new BadRequestException("Member '" + at + "' must be a fraction from 0 to 1, as \"2/3\", \"0.75\" or 0.75; got "
                + shorten(n.toString()) + ".");
    }

    private static String count(JsonNode n, String at) {
        if (!n.isIntegralNumber() || n.bigIntegerValue().compareTo(BigInteger.ZERO) < 0
                || n.bigIntegerValue().compareTo(BigInteger.valueOf(MAX_COUNT)) > 0)
            throw new BadRequestException("Member '" + at + "' must be a whole number from 0 to " + MAX_COUNT + ", got "
                    + shorten(n.toString()) + ".");
        return n.bigIntegerValue().toString();
    }

    /** An identifier the data does not have, in a body: 422, not 404 (the route exists). */
    private static <T> T known(Supplier<T> lookup) {
        try {
            return lookup.get();
        } catch (NotFoundException e) {
            throw new UnprocessableContentException(e.getMessage());
        }
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new TreeSet<>(a);
        all.addAll(b);
        return all;
    }

    private static String shorten(String s) {
        return s.length() > 60 ? s.substring(0, 60) + "..." : s;
    }
}
