package org.w3id.diligentia.http;

import org.w3id.diligentia.web.Admission;
import org.w3id.diligentia.whatif.WhatIf;
import org.w3id.diligentia.whatif.WhatIfAnswer;
import org.w3id.diligentia.whatif.WhatIfService;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.javalin.http.Context;

/**
 * {@code POST /api/what-if}: the body parsed ({@link WhatIfRequests}), the {@link WhatIfService} asked
 * in a slot of the lane of computed answers, the answer written as JSON and stored nowhere
 * ({@code Cache-Control: no-store}, no entity tag). Each consensus and custom answer in it has the
 * shape of {@code /api/consensus} and {@code /api/custom}, with {@code "hypothetical": true} added.
 */
final class WhatIfHandlers {
    private final WhatIfService whatIf;
    private final WhatIfRequests requests;
    private final Admission computing;
    private final ObjectMapper json;

    WhatIfHandlers(WhatIfService whatIf, WhatIfRequests requests, Admission computing, ObjectMapper json) {
        this.whatIf = whatIf;
        this.requests = requests;
        this.computing = computing;
        this.json = json;
    }

    /** {@code POST /api/what-if} with a JSON body. */
    void answer(Context ctx) {
        WhatIf w = requests.parse(ctx);
        WhatIfAnswer answer = computing.run(ctx.req().getRemoteAddr(), ctx.header("X-Forwarded-For"), () -> whatIf.answer(w));
        ObjectNode body = json.valueToTree(answer);
        body.get("consensus").forEach(WhatIfHandlers::markHypothetical);
        markHypothetical(body.get("custom"));
        ctx.header("Cache-Control", "no-store");
        ctx.contentType("application/json");
        try {
            ctx.result(json.writeValueAsBytes(body));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write a what-if answer as JSON", e);
        }
    }

    private static void markHypothetical(JsonNode answer) {
        if (answer instanceof ObjectNode o)
            o.put("hypothetical", true);
    }
}
