package org.w3id.diligentia.http;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.w3id.diligentia.dataset.DatasetService;
import org.w3id.diligentia.dataset.DumpFile;
import org.w3id.diligentia.dataset.Dumps;
import org.w3id.diligentia.error.BadRequestException;
import org.w3id.diligentia.error.NotFoundException;
import org.w3id.diligentia.html.DatasetPage;
import org.w3id.diligentia.linkeddata.DocumentLicense;
import org.w3id.diligentia.linkeddata.Format;
import org.w3id.diligentia.linkeddata.JsonLdContext;
import org.w3id.diligentia.linkeddata.GraphSerializer;
import org.w3id.diligentia.store.DatasetInfo;
import org.w3id.diligentia.store.KnowledgeStore;
import org.w3id.diligentia.web.ByteCache;
import org.w3id.diligentia.web.CodeVersion;
import org.w3id.diligentia.web.ConditionalGet;
import org.w3id.diligentia.web.FileResponse;

import io.javalin.http.Context;

/**
 * The dataset described and downloadable: {@code GET /id/dataset} answers 303 to {@code /dataset},
 * the VoID and DCAT description negotiated between the RDF formats and HTML; {@code /.well-known/void}
 * is the same description (RDF only, as VoID asks); {@code /dumps/} lists the downloads of the current
 * version (HTML or JSON) and {@code /dumps/{file}} serves one, with its SHA-256 as entity tag and byte
 * ranges ({@link FileResponse}).
 */
final class DatasetHandlers {
    private final KnowledgeStore store;
    private final DatasetService dataset;
    private final GraphSerializer serializer;
    private final ByteCache cache;

    DatasetHandlers(KnowledgeStore store, DatasetService dataset, GraphSerializer serializer, ByteCache cache) {
        this.store = store;
        this.dataset = dataset;
        this.serializer = serializer;
        this.cache = cache;
    }

    /** {@code GET /id/dataset}: 303 to the description, in the format asked for. */
    void id(Context ctx) {
        Format format = LinkedDataHandlers.ANY_FORMAT.choose(ctx, "the dataset");
        String location = ctx.queryParam("format") != null ? "/dataset?format=" + format.key() : "/dataset";
        ctx.header("Cache-Control", "public, max-age=300");
        ctx.header("Location", location);
        ctx.status(303);
        ctx.contentType("text/plain; charset=utf-8");
        ctx.result("See " + location + "\n");
    }

    /** {@code GET /dataset}: the description in the negotiated format. */
    void description(Context ctx) {
        describe(ctx, LinkedDataHandlers.ANY_FORMAT.choose(ctx, "the dataset description"));
    }

    /** {@code GET /.well-known/void}: the description, in an RDF format (HTML clients are sent to /dataset). */
    void wellKnown(Context ctx) {
        Format format = LinkedDataHandlers.RDF_FORMAT.choose(ctx, "the VoID description");
        if (format == Format.HTML) {
            ctx.header("Location", "/dataset");
            ctx.status(303);
            return;
        }
        describe(ctx, format);
    }

    private void describe(Context ctx, Format format) {
        DatasetInfo info = store.info();
        List<String> links = new ArrayList<>();
        for (Format f : Format.values())
            if (f != format)
                links.add("</dataset?format=" + f.key() + ">; rel=\"alternate\"; type=\"" + f.mediaType() + "\"");
        links.add("<" + dataset.base() + "id/dataset>; rel=\"describes\"");
        ctx.header("Link", String.join(", ", links));
        ctx.header("Content-Location", "/dataset?format=" + format.key());
        ctx.header("Cache-Control", "public, max-age=300");
        String origin = origin(ctx);
        String etag = ConditionalGet.etag(info.version(), CodeVersion.id(), "dataset", format.key(), origin);
        if (ConditionalGet.notModified(ctx, etag, info.loadedAt()))
            return;
        String contextUrl = LinkedDataHandlers.contextUrl(ctx);
        byte[] body = cache.get(etag, () -> {
            if (format == Format.HTML)
                return DatasetPage.render(dataset.summary(origin)).getBytes(StandardCharsets.UTF_8);
            ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024);
            serializer.write(dataset.description(origin), format, contextUrl, out);
            return out.toByteArray();
        });
        ctx.contentType(format.contentType());
        ctx.result(body);
    }

    /** {@code GET /dumps/}: the downloads of the current version, as a page or as JSON. */
    void list(Context ctx) {
        DatasetInfo info = store.info();
        for (String name : ctx.queryParamMap().keySet())
            if (!name.equals("format"))
                throw new BadRequestException("Unknown parameter '" + name + "': the downloads list takes only format (json or html).");
        String accept = ctx.header("Accept");
        boolean json = "json".equals(ctx.queryParam("format"))
                || (ctx.queryParam("format") == null && accept != null && accept.contains("application/json") && !accept.contains("text/html"));
        if (ctx.queryParam("format") != null && !json && !"html".equals(ctx.queryParam("format")))
            throw new BadRequestException("format '" + ctx.queryParam("format")
                    + "' is not a format of the downloads list: json or html");
        ctx.header("Vary", "Accept");
        ctx.header("Cache-Control", "public, max-age=60");
        String origin = origin(ctx);
        String etag = ConditionalGet.etag(info.version(), CodeVersion.id(), "dumps", json ? "json" : "html", origin);
        if (ConditionalGet.notModified(ctx, etag, info.loadedAt()))
            return;
        if (!json) {
            ctx.contentType(Format.HTML.contentType());
            ctx.result(cache.get(etag, () -> DatasetPage.renderDumps(dataset.summary(origin)).getBytes(StandardCharsets.UTF_8)));
            return;
        }
        Dumps.Generated generated = dataset.dumps().current();
        List<Map<String, Object>> files = new ArrayList<>();
        for (DumpFile f : generated.files()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", f.name());
            m.put("url", origin + "/dumps/" + f.name());
            m.put("kind", f.kind().key());
            m.put("description", f.kind().description());
            m.put("mediaType", f.kind().mediaType());
            if (f.kind().wrapper() != null)
                m.put("packaging", f.kind().wrapper());
            m.put("bytes", f.bytes());
            m.put("sha256", f.sha256());
            files.add(m);
        }
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("version", generated.version());
        answer.put("versionIri", dataset.base() + "id/version/" + generated.version());
        answer.put("license", DocumentLicense.CC_BY_4_0.getURI());
        answer.put("generatedAt", generated.at().toString());
        answer.put("generationMillis", generated.took().toMillis());
        answer.put("files", files);
        ctx.json(answer);
    }

    /** {@code GET /dumps/{file}}: one download of the current version. */
    void file(Context ctx) {
        String name = ctx.pathParam("file");
        Dumps.Generated generated = dataset.dumps().current();
        DumpFile f = generated.file(name).orElseThrow(() -> new NotFoundException("There is no download '" + name
                + "' of the current version (" + generated.version() + "); /dumps/ lists them. Downloads of earlier versions are not kept."));
        ctx.header("Cache-Control", "public, max-age=86400");
        ctx.header("Content-Disposition", "attachment; filename=\"" + f.name() + "\"");
        FileResponse.serve(ctx, f.path(), f.bytes(), "\"" + f.sha256() + "\"", f.kind().contentType(), store.info().loadedAt());
    }

    /** The scheme and host the client used, when it is a plain host name; the addresses of downloads and endpoint are on it. */
    static String origin(Context ctx) {
        String url = LinkedDataHandlers.contextUrl(ctx);
        return url.startsWith("/") ? "" : url.substring(0, url.length() - JsonLdContext.PATH.length());
    }
}
