package org.w3id.diligentia.http;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Locale;
import java.util.stream.Collectors;

import org.w3id.diligentia.error.ConflictException;
import org.w3id.diligentia.error.UnauthorizedException;
import org.w3id.diligentia.error.UnprocessableContentException;
import org.w3id.diligentia.load.LoadException;
import org.w3id.diligentia.load.LoadProblem;
import org.w3id.diligentia.load.LoadReport;
import org.w3id.diligentia.load.Reloader;

import io.javalin.http.Context;

/**
 * {@code POST /admin/reload}: reloads the store from its sources while the service keeps serving.
 * Only registered when an admin token is configured; the request must carry it as
 * {@code Authorization: Bearer <token>}. A missing or wrong token is a 401 and nothing runs. The
 * token is compared in constant time (SHA-256 digests compared with {@link MessageDigest#isEqual}).
 */
final class AdminHandlers {
    static final String REALM = "Bearer realm=\"diligentia-admin\"";

    private final byte[] tokenDigest;
    private final Reloader reloader;
    private final Runnable afterReload;

    /** {@code afterReload} runs after every successful reload (it prepares the new version's answers in the background). */
    AdminHandlers(String token, Reloader reloader, Runnable afterReload) {
        this.tokenDigest = sha256(token);
        this.reloader = reloader;
        this.afterReload = afterReload;
    }

    record Reloaded(String status, String version, long tripleCount, int files, long millis, String summary) {}

    void reload(Context ctx) {
        authorize(ctx);
        LoadReport report;
        try {
            report = reloader.reload();
        } catch (Reloader.Busy e) {
            throw new ConflictException(e.getMessage());
        } catch (LoadException e) {
            throw new UnprocessableContentException("The sources were refused, so the store was not changed. "
                    + e.problems().stream().limit(20).map(LoadProblem::describe).collect(Collectors.joining(" | ")));
        }
        afterReload.run();
        ctx.header("Cache-Control", "no-store");
        ctx.json(new Reloaded("reloaded", report.version(), report.totalTriples(), report.files(), report.total().toMillis(),
                report.summary()));
    }

    private void authorize(Context ctx) {
        String header = ctx.header("Authorization");
        if (header == null || header.isBlank()) {
            ctx.header("WWW-Authenticate", REALM);
            throw new UnauthorizedException("This admin route needs the admin token: send 'Authorization: Bearer <token>'.");
        }
        String given = header.regionMatches(true, 0, "Bearer ", 0, 7) ? header.substring(7).strip() : "";
        if (!MessageDigest.isEqual(sha256(given), tokenDigest)) {
            ctx.header("WWW-Authenticate", REALM + ", error=\"invalid_token\"");
            throw new UnauthorizedException("The admin token is wrong"
                    + (header.toLowerCase(Locale.ROOT).startsWith("bearer ") ? "." : " (expected the 'Bearer' scheme)."));
        }
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
