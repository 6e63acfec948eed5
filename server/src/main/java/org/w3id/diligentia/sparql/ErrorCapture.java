package org.w3id.diligentia.sparql;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

/**
 * A response that holds back errors: once the status is 400 or more, nothing more reaches the
 * client (not the status, not the headers that describe the body, not the body); the body is kept
 * as text for {@link ProblemResponses} to quote in the problem document it writes instead.
 * Successful responses pass through untouched.
 */
final class ErrorCapture extends HttpServletResponseWrapper {
    private int status = SC_OK;
    private String message;
    private ByteArrayOutputStream captured;
    private ServletOutputStream stream;
    private PrintWriter writer;

    ErrorCapture(HttpServletResponse response) {
        super(response);
    }

    /** Marks the response failed with {@code status} and {@code text}, replacing anything captured. */
    void fail(int newStatus, String text) {
        status = newStatus;
        message = text;
        captured = null;
    }

    private boolean holding() {
        return status >= 400;
    }

    /** The text of the error: what was written as its body, else the message given with it. */
    String capturedText() {
        if (writer != null)
            writer.flush();
        if (captured != null && captured.size() > 0)
            return captured.toString(StandardCharsets.UTF_8);
        return message;
    }

    @Override
    public int getStatus() {
        return holding() ? status : super.getStatus();
    }

    @Override
    public void setStatus(int sc) {
        status = sc;
        if (!holding())
            super.setStatus(sc);
    }

    @Override
    public void sendError(int sc, String msg) {
        status = sc;
        message = msg;
    }

    @Override
    public void sendError(int sc) {
        status = sc;
    }

    @Override
    public ServletOutputStream getOutputStream() throws IOException {
        if (!holding())
            return super.getOutputStream();
        if (stream == null)
            stream = new CapturingStream(buffer());
        return stream;
    }

    @Override
    public PrintWriter getWriter() throws IOException {
        if (!holding())
            return super.getWriter();
        if (writer == null)
            writer = new PrintWriter(new OutputStreamWriter(buffer(), StandardCharsets.UTF_8));
        return writer;
    }

    private ByteArrayOutputStream buffer() {
        if (captured == null)
            captured = new ByteArrayOutputStream();
        return captured;
    }

    @Override
    public void setContentType(String type) {
        if (!holding())
            super.setContentType(type);
    }

    @Override
    public void setContentLength(int len) {
        if (!holding())
            super.setContentLength(len);
    }

    @Override
    public void setContentLengthLong(long len) {
        if (!holding())
            super.setContentLengthLong(len);
    }

    @Override
    public void setCharacterEncoding(String charset) {
        if (!holding())
            super.setCharacterEncoding(charset);
    }

    @Override
    public void setHeader(String name, String value) {
        if (!holding() || !isBodyHeader(name))
            super.setHeader(name, value);
    }

    @Override
    public void addHeader(String name, String value) {
        if (!holding() || !isBodyHeader(name))
            super.addHeader(name, value);
    }

    @Override
    public void flushBuffer() throws IOException {
        if (!holding())
            super.flushBuffer();
    }

    private static boolean isBodyHeader(String name) {
        return name.equalsIgnoreCase("Content-Type") || name.equalsIgnoreCase("Content-Length");
    }

    /** The body of an error, kept in memory (error texts are short). */
    private static final class CapturingStream extends ServletOutputStream {
        private final ByteArrayOutputStream out;

        CapturingStream(ByteArrayOutputStream out) {
            this.out = out;
        }

        @Override
        public void write(int b) {
            if (out.size() < 64 * 1024)
                out.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) {
            out.write(b, off, Math.max(0, Math.min(len, 64 * 1024 - out.size())));
        }

        @Override
        public boolean isReady() {
            return true;
        }

        @Override
        public void setWriteListener(WriteListener listener) {
            throw new UnsupportedOperationException("errors are written synchronously");
        }
    }
}
