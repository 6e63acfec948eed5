package org.w3id.diligentia.http;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import org.apache.jena.graph.Node;
import org.w3id.diligentia.error.NotFoundException;
import org.w3id.diligentia.html.Links;
import org.w3id.diligentia.html.ResourcePage;
import org.w3id.diligentia.linkeddata.CanonicalIds;
import org.w3id.diligentia.linkeddata.Description;
import org.w3id.diligentia.linkeddata.DescriptionService;
import org.w3id.diligentia.linkeddata.Format;
import org.w3id.diligentia.linkeddata.GraphSerializer;
import org.w3id.diligentia.linkeddata.JsonLdContext;
import org.w3id.diligentia.linkeddata.ResourcePath;
import org.w3id.diligentia.linkeddata.ResourceViews;
import org.w3id.diligentia.store.DatasetInfo;
import org.w3id.diligentia.store.KnowledgeStore;
import org.w3id.diligentia.web.ByteCache;
import org.w3id.diligentia.web.CodeVersion;
import org.w3id.diligentia.web.ConditionalGet;
import org.w3id.diligentia.web.Negotiation;

import io.javalin.http.Context;

/**
 * Dereferencing, as the W3C note "Cool URIs for the Semantic Web" describes it (303 variant):
 * {@code GET /id/{kind}/{key}} answers 303 See Other to the RDF document {@code /data/...} or the
 * HTML page {@code /page/...}, chosen by {@code Accept} (or {@code ?format=}); the documents carry
 * {@code Vary}, {@code ETag}, {@code Last-Modified}, {@code Content-Location} and {@code Link}
 * headers to the other formats and to the resource they describe.
 */
final class LinkedDataHandlers {
    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9.:\\[\\]-]{1,255}");
    /** What {@code /id/} and {@code /ontology} negotiate between: every format. */
    static final Negotiation<Format.Offer, Format> ANY_FORMAT = negotiation(Format.ALL);
    /** What {@code /data/} negotiates between: the RDF formats. */
    static final Negotiation<Format.Offer, Format> RDF_FORMAT = negotiation(Format.RDF);

    private final KnowledgeStore store;
    private final CanonicalIds ids;
    private final DescriptionService descriptions;
    private final ResourceViews views;
    private final Supplier<Links> links;
    private final GraphSerializer serializer;
    private final Requests requests;
    private final ByteCache cache;

    LinkedDataHandlers(KnowledgeStore store, CanonicalIds ids, DescriptionService descriptions, ResourceViews views,
                       Supplier<Links> links, GraphSerializer serializer, ByteCache cache, Requests requests) {
        this.store = store;
        this.ids = ids;
        this.descriptions = descriptions;
        this.views = views;
        this.links = links;
        this.serializer = serializer;
        this.cache = cache;
        this.requests = requests;
    }

    /** {@code GET /id/...}: 303 to the document in the negotiated format, 404 if nothing is said about it. */
    void id(Context ctx) {
        ResourcePath path = path(ctx);
        Format format = ANY_FORMAT.choose(ctx, "<" + ids.iri(path).getURI() + ">");
        Node iri = ids.iri(path);
        if (!descriptions.exists(iri))
            throw DescriptionService.notFound(iri);
        boolean explicit = ctx.queryParam("format") != null;
        String location = format == Format.HTML ? Links.page(path)
                : explicit ? Links.data(path, format) : "/data/" + path;
        ctx.header("Cache-Control", "public, max-age=300");
        ctx.header("Location", location);
        ctx.status(303);
        ctx.contentType("text/plain; charset=utf-8");
        ctx.result("See " + location + "\n");
    }

    /** {@code GET /data/...}: the description in an RDF format. */
    void data(Context ctx) {
        ResourcePath path = path(ctx);
        Format format = RDF_FORMAT.choose(ctx, "the description of <" + ids.iri(path).getURI() + ">");
        if (format == Format.HTML) {
            see(ctx, Links.page(path));
            return;
        }
        DatasetInfo info = store.info();
        Node iri = ids.iri(path);
        links(ctx, path, format, iri);
        ctx.header("Content-Location", Links.data(path, format));
        ctx.header("Cache-Control", "public, max-age=300");
        // Representations also depend on the code (templates, context): the same build gives the same tags on every server.
        String etag = ConditionalGet.etag(info.version(), CodeVersion.id(), ctx.path(), format.key());
        if (ConditionalGet.notModified(ctx, etag, info.loadedAt())) {
            if (!descriptions.exists(iri))
                throw DescriptionService.notFound(iri);
            return;
        }
        String context = contextUrl(ctx);
        byte[] body = cache.get(etag + " " + context, () -> {
            Description d = descriptions.describe(iri);
            ByteArrayOutputStream out = new ByteArrayOutputStream(16 * 1024);
            serializer.write(d.graph(), format, context, out);
            return out.toByteArray();
        });
        ctx.contentType(format.contentType());
        ctx.result(body);
    }

    /** {@code GET /page/...}: the HTML page; {@code ?asOf=} sets an organization's membership date. */
    void page(Context ctx) {
        ResourcePath path = path(ctx);
        String formatParam = ctx.queryParam("format");
        if (formatParam != null) {
            Format format = ANY_FORMAT.byKey(formatParam);
            if (format.isRdf()) {
                see(ctx, Links.data(path, format));
                return;
            }
        }
        LocalDate asOf = requests.pageDate(ctx);
        DatasetInfo info = store.info();
        String etag = ConditionalGet.etag(info.version(), CodeVersion.id(), ctx.path(), "html", asOf.toString());
        links(ctx, path, Format.HTML, ids.iri(path));
        ctx.header("Cache-Control", "public, max-age=300");
        if (ConditionalGet.notModified(ctx, etag, info.loadedAt())) {
            if (!descriptions.exists(ids.iri(path)))
                throw DescriptionService.notFound(ids.iri(path));
            return;
        }
        byte[] html = cache.get(etag, () ->
                ResourcePage.render(views.view(ids.iri(path), asOf), path, links.get()).getBytes(StandardCharsets.UTF_8));
        ctx.contentType(Format.HTML.contentType());
        ctx.result(html);
    }

    /** The resource path of this request: {@code /x/{kind}/{key}} or {@code /x/assessment/{scope}/{question}}. */
    private ResourcePath path(Context ctx) {
        Map<String, String> p = ctx.pathParamMap();
        var path = p.containsKey("scope")
                ? ResourcePath.of(ResourcePath.ASSESSMENT, p.get("scope"), p.get("question"))
                : ResourcePath.of(p.get("kind"), p.get("key"));
        return path.orElseThrow(() -> new NotFoundException("'" + ctx.path() + "' is not the path of a resource: "
                + "resources are /id/{kind}/{key} (such as /id/state/FRA) or /id/assessment/{scope}/{question}."));
    }

    /** {@code Link}: the other formats of the same description, the resource it describes, the JSON-LD context. */
    private void links(Context ctx, ResourcePath path, Format current, Node iri) {
        List<String> links = new ArrayList<>();
        for (Format f : Format.values()) {
            if (f == current)
                continue;
            String href = f == Format.HTML ? Links.page(path) : Links.data(path, f);
            links.add("<" + href + ">; rel=\"alternate\"; type=\"" + f.mediaType() + "\"");
        }
        links.add("<" + iri.getURI() + ">; rel=\"describes\"");
        if (current == Format.JSONLD)
            links.add("<" + JsonLdContext.PATH + ">; rel=\"http://www.w3.org/ns/json-ld#context\"; type=\"application/ld+json\"");
        ctx.header("Link", String.join(", ", links));
    }

    /** The absolute URL of the context on this server, from the request's scheme and host. */
    static String contextUrl(Context ctx) {
        String host = ctx.host();
        if (host == null || !HOST.matcher(host).matches())
            return JsonLdContext.PATH;
        return ctx.scheme() + "://" + host + JsonLdContext.PATH;
    }

    private static void see(Context ctx, String location) {
        ctx.header("Location", location);
        ctx.status(303);
    }

    private static Negotiation<Format.Offer, Format> negotiation(List<Format.Offer> offers) {
        return new Negotiation<>(offers, Format.Offer::mediaType, Format.Offer::format, Format::byKey, Format.keys());
    }
}
