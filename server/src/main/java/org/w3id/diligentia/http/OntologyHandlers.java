package org.w3id.diligentia.http;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.w3id.diligentia.html.Links;
import org.w3id.diligentia.html.OntologyPage;
import org.w3id.diligentia.linkeddata.CanonicalIds;
import org.w3id.diligentia.linkeddata.Format;
import org.w3id.diligentia.linkeddata.GraphSerializer;
import org.w3id.diligentia.linkeddata.JsonLdContext;
import org.w3id.diligentia.linkeddata.OntologyService;
import org.w3id.diligentia.store.DatasetInfo;
import org.w3id.diligentia.store.KnowledgeStore;
import org.w3id.diligentia.web.ByteCache;
import org.w3id.diligentia.web.CodeVersion;
import org.w3id.diligentia.web.ConditionalGet;

import io.javalin.http.Context;

/**
 * {@code GET /ontology}: the ontology document, negotiated between the RDF formats and HTML and
 * served directly (its terms are hash IRIs, {@code .../ontology#State}, so the document itself is
 * what they dereference to). {@code GET /shapes}: the SHACL shapes, in the RDF formats, for the same
 * reason ({@code .../shapes#PartialDate}). {@code GET /context.jsonld}: the JSON-LD context.
 */
final class OntologyHandlers {
    private final KnowledgeStore store;
    private final OntologyService ontology;
    private final Supplier<Links> pageLinks;
    private final GraphSerializer serializer;
    private final JsonLdContext context;
    private final String contextTag;
    private final Instant started;
    private final ByteCache cache;

    OntologyHandlers(KnowledgeStore store, OntologyService ontology, Supplier<Links> pageLinks, GraphSerializer serializer,
                     JsonLdContext context, ByteCache cache, Clock clock) {
        this.store = store;
        this.ontology = ontology;
        this.pageLinks = pageLinks;
        this.serializer = serializer;
        this.context = context;
        this.cache = cache;
        this.contextTag = ConditionalGet.etag("context", context.text());
        this.started = clock.instant();
    }

    void ontology(Context ctx) {
        Format format = LinkedDataHandlers.ANY_FORMAT.choose(ctx, "the ontology");
        DatasetInfo info = store.info();
        List<String> links = new ArrayList<>();
        for (Format f : Format.values())
            if (f != format)
                links.add("</ontology?format=" + f.key() + ">; rel=\"alternate\"; type=\"" + f.mediaType() + "\"");
        links.add("<" + CanonicalIds.ONTOLOGY + ">; rel=\"describes\"");
        ctx.header("Link", String.join(", ", links));
        ctx.header("Content-Location", "/ontology?format=" + format.key());
        ctx.header("Cache-Control", "public, max-age=300");
        String etag = ConditionalGet.etag(info.version(), CodeVersion.id(), "ontology", format.key());
        if (ConditionalGet.notModified(ctx, etag, info.loadedAt()))
            return;
        String contextUrl = LinkedDataHandlers.contextUrl(ctx);
        byte[] body = cache.get(etag + " " + contextUrl, () -> {
            if (format == Format.HTML)
                return OntologyPage.render(ontology.index(), pageLinks.get()).getBytes(StandardCharsets.UTF_8);
            ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
            serializer.write(ontology.document(), format, contextUrl, out);
            return out.toByteArray();
        });
        ctx.contentType(format.contentType());
        ctx.result(body);
    }

    void shapes(Context ctx) {
        Format format = LinkedDataHandlers.RDF_FORMAT.choose(ctx, "the SHACL shapes");
        DatasetInfo info = store.info();
        ctx.header("Link", "<" + CanonicalIds.SHAPES + ">; rel=\"describes\"");
        ctx.header("Content-Location", "/shapes?format=" + format.key());
        ctx.header("Cache-Control", "public, max-age=300");
        String etag = ConditionalGet.etag(info.version(), CodeVersion.id(), "shapes", format.key());
        if (ConditionalGet.notModified(ctx, etag, info.loadedAt()))
            return;
        String contextUrl = LinkedDataHandlers.contextUrl(ctx);
        byte[] body = cache.get(etag + " " + contextUrl, () -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream(16 * 1024);
            serializer.write(ontology.shapes(), format, contextUrl, out);
            return out.toByteArray();
        });
        ctx.contentType(format.contentType());
        ctx.result(body);
    }

    void context(Context ctx) {
        ctx.header("Cache-Control", "public, max-age=3600");
        if (ConditionalGet.notModified(ctx, contextTag, started))
            return;
        ctx.contentType("application/ld+json");
        ctx.result(context.text());
    }
}
