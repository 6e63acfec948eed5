package org.w3id.diligentia.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.javalin.http.Context;

/**
 * Serves a file that does not change once written (a download), with its entity tag, conditional GET
 * and byte ranges (RFC 9110 section 14): {@code Accept-Ranges: bytes}; one range
 * ({@code bytes=a-b}, {@code a-} or the suffix {@code -n}) answers 206 with {@code Content-Range}; a
 * range beyond the end answers 416 with {@code Content-Range: bytes *}{@code /size}; several ranges,
 * a malformed {@code Range} or an {@code If-Range} that names another tag get the whole file (200),
 * as the RFC allows. The bytes go straight to the servlet response: never compressed on the way, so
 * lengths and ranges are of the file as its checksum describes it. HEAD gets the headers only.
 */
public final class FileResponse {
    private static final Pattern RANGE = Pattern.compile("bytes=(\\d{0,18})-(\\d{0,18})");

    private FileResponse() {}

    /** Answers {@code ctx} with {@code file} ({@code size} bytes) as {@code contentType}, tagged {@code etag}. */
    public static void serve(Context ctx, Path file, long size, String etag, String contentType, Instant modified) {
        ctx.header("Accept-Ranges", "bytes");
        if (ConditionalGet.notModified(ctx, etag, modified))
            return;
        long from = 0;
        long to = size - 1;
        String range = ctx.header("Range");
        String ifRange = ctx.header("If-Range");
        boolean partial = false;
        if (range != null && (ifRange == null || ifRange.strip().equals(etag))) {
            Matcher m = RANGE.matcher(range.strip());
            if (m.matches() && !(m.group(1).isEmpty() && m.group(2).isEmpty())) {
                if (m.group(1).isEmpty()) {
                    long suffix = Long.parseLong(m.group(2));
                    from = Math.max(0, size - suffix);
                    if (suffix == 0) {
                        unsatisfiable(ctx, size);
                        return;
                    }
                } else {
                    long start = Long.parseLong(m.group(1));
                    long end = m.group(2).isEmpty() ? size - 1 : Long.parseLong(m.group(2));
                    if (start >= size) {
                        unsatisfiable(ctx, size);
                        return;
                    } else if (end < start)
                        m = null;       // not a valid range: the whole file
                    else {
                        from = start;
                        to = Math.min(size - 1, end);
                    }
                }
                partial = m != null;
            }
        }
        long length = size == 0 ? 0 : to - from + 1;
        ctx.res().setContentType(contentType);
        ctx.res().setContentLengthLong(length);
        if (partial) {
            ctx.status(206);
            ctx.header("Content-Range", "bytes " + from + "-" + to + "/" + size);
        }
        if (ctx.method().name().equals("HEAD") || length == 0)
            return;
        try (SeekableByteChannel channel = Files.newByteChannel(file);
             InputStream in = Channels.newInputStream(channel.position(from))) {
            OutputStream out = ctx.res().getOutputStream();
            byte[] buffer = new byte[64 * 1024];
            long left = length;
            while (left > 0) {
                int n = in.read(buffer, 0, (int) Math.min(buffer.length, left));
                if (n < 0)
                    break;
                out.write(buffer, 0, n);
                left -= n;
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot send " + file.getFileName(), e);
        }
    }

    private static void unsatisfiable(Context ctx, long size) {
        ctx.status(416);
        ctx.header("Content-Range", "bytes */" + size);
        ctx.contentType("text/plain; charset=utf-8");
        ctx.result("The range is beyond the end of the file (" + size + " bytes).\n");
    }
}
