package org.w3id.diligentia.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.1 over a plain socket, byte for byte as the test writes it: for requests a well-behaved
 * client would refuse to send (a {@code ..} path, a raw CR LF, a lying {@code Content-Length}, a
 * chunked body). One request per connection ({@code Connection: close}); the response is read to
 * the end, chunked bodies decoded.
 */
public final class RawHttp {
    private RawHttp() {}

    /** A response: status, headers (names in lower case; the last value of a repeated header), body. */
    public record Response(int status, Map<String, String> headers, String body) {
        public String header(String name) {
            return headers.getOrDefault(name.toLowerCase(Locale.ROOT), "");
        }
    }

    /**
     * Sends {@code method target} with {@code headers} (each "Name: value"; Host and Connection are
     * added) and {@code body} (null for none; a Content-Length is added unless a header sets one or
     * asks for chunked encoding).
     */
    public static Response send(int port, String method, String target, String[] headers, byte[] body) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 5000);
            socket.setSoTimeout(60_000);
            StringBuilder head = new StringBuilder();
            head.append(method).append(' ').append(target).append(" HTTP/1.1\r\n");
            head.append("Host: 127.0.0.1:").append(port).append("\r\n");
            head.append("Connection: close\r\n");
            boolean explicitLength = false;
            boolean chunked = false;
            for (String h : headers) {
                head.append(h).append("\r\n");
                String lower = h.toLowerCase(Locale.ROOT);
                explicitLength |= lower.startsWith("content-length:");
                chunked |= lower.startsWith("transfer-encoding:") && lower.contains("chunked");
            }
            if (body != null && !explicitLength && !chunked)
                head.append("Content-Length: ").append(body.length).append("\r\n");
            head.append("\r\n");
            OutputStream out = socket.getOutputStream();
            out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
            try {
                if (body != null && chunked)
                    writeChunked(out, body);
                else if (body != null)
                    out.write(body);
                out.flush();
            } catch (IOException e) {
                // The server may answer (413) and close before reading the whole body: read what it said.
            }
            return read(socket.getInputStream());
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + abbreviate(target), e);
        }
    }

    private static void writeChunked(OutputStream out, byte[] body) throws IOException {
        int chunk = 8192;
        for (int i = 0; i < body.length; i += chunk) {
            int n = Math.min(chunk, body.length - i);
            out.write((Integer.toHexString(n) + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.write(body, i, n);
            out.write("\r\n".getBytes(StandardCharsets.ISO_8859_1));
        }
        out.write("0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
    }

    private static Response read(InputStream in) throws IOException {
        byte[] all = readAll(in);
        int end = indexOf(all, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1), 0);
        if (end < 0)
            throw new IOException("no complete response head: " + new String(all, StandardCharsets.ISO_8859_1));
        String[] lines = new String(all, 0, end, StandardCharsets.ISO_8859_1).split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon > 0)
                headers.put(lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).strip());
        }
        byte[] body = java.util.Arrays.copyOfRange(all, end + 4, all.length);
        if (status == 100) // an interim answer to Expect: 100-continue; the final one follows
            return read(new java.io.ByteArrayInputStream(body));
        if (headers.getOrDefault("transfer-encoding", "").contains("chunked"))
            body = dechunk(body);
        return new Response(status, headers, new String(body, StandardCharsets.UTF_8));
    }

    private static byte[] readAll(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[16 * 1024];
        try {
            int n;
            while ((n = in.read(buffer)) >= 0)
                out.write(buffer, 0, n);
        } catch (java.net.SocketException e) {
            // connection reset after the server answered and closed: keep what arrived
            if (out.size() == 0)
                throw e;
        }
        return out.toByteArray();
    }

    private static byte[] dechunk(byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int i = 0;
        while (i < body.length) {
            int eol = indexOf(body, new byte[] {'\r', '\n'}, i);
            if (eol < 0)
                break;
            String size = new String(body, i, eol - i, StandardCharsets.ISO_8859_1).split(";")[0].strip();
            int n = size.isEmpty() ? 0 : Integer.parseInt(size, 16);
            if (n == 0)
                break;
            out.write(body, eol + 2, Math.min(n, body.length - eol - 2));
            i = eol + 2 + n + 2;
        }
        return out.toByteArray();
    }

    private static int indexOf(byte[] data, byte[] pattern, int from) {
        outer:
        for (int i = from; i <= data.length - pattern.length; i++) {
            for (int j = 0; j < pattern.length; j++)
                if (data[i + j] != pattern[j])
                    continue outer;
            return i;
        }
        return -1;
    }

    private static String abbreviate(String s) {
        return s.length() > 120 ? s.substring(0, 120) + "..." : s;
    }
}
