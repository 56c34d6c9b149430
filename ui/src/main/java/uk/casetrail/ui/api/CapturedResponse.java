package uk.casetrail.ui.api;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.springframework.http.HttpHeaders;

import java.io.ByteArrayOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * The answer to an in-process API request, kept in memory: nothing of it (status, headers, body)
 * reaches the page's own response, which the page renders afterwards.
 */
final class CapturedResponse extends HttpServletResponseWrapper {

    private final ByteArrayOutputStream body = new ByteArrayOutputStream();
    private final HttpHeaders headers = new HttpHeaders();
    private int status = SC_OK;
    private PrintWriter writer;

    CapturedResponse(HttpServletResponse page) {
        super(page);
    }

    ApiAnswer answer() {
        if (writer != null) {
            writer.flush();
        }
        return new ApiAnswer(status, headers.getFirst(HttpHeaders.CONTENT_TYPE), body.toByteArray(),
                "true".equals(headers.getFirst("Casetrail-Stale")), headers.getFirst(HttpHeaders.CONTENT_DISPOSITION));
    }

    @Override
    public void setStatus(int sc) {
        status = sc;
    }

    @Override
    public int getStatus() {
        return status;
    }

    @Override
    public void sendError(int sc) {
        status = sc;
    }

    @Override
    public void sendError(int sc, String msg) {
        status = sc;
    }

    @Override
    public void sendRedirect(String location) {
        status = SC_FOUND;
        headers.set(HttpHeaders.LOCATION, location);
    }

    @Override
    public void setHeader(String name, String value) {
        headers.set(name, value);
    }

    @Override
    public void addHeader(String name, String value) {
        headers.add(name, value);
    }

    @Override
    public void setIntHeader(String name, int value) {
        headers.set(name, Integer.toString(value));
    }

    @Override
    public void addIntHeader(String name, int value) {
        headers.add(name, Integer.toString(value));
    }

    @Override
    public void setDateHeader(String name, long date) {
        headers.setDate(name, date);
    }

    @Override
    public void addDateHeader(String name, long date) {
        headers.setDate(name, date);
    }

    @Override
    public boolean containsHeader(String name) {
        return headers.containsKey(name);
    }

    @Override
    public String getHeader(String name) {
        return headers.getFirst(name);
    }

    @Override
    public Collection<String> getHeaders(String name) {
        List<String> values = headers.get(name);
        return values == null ? List.of() : values;
    }

    @Override
    public Collection<String> getHeaderNames() {
        return new ArrayList<>(headers.keySet());
    }

    @Override
    public void addCookie(Cookie cookie) {
        // An API answer sets no cookie on the page.
    }

    @Override
    public void setContentType(String type) {
        headers.set(HttpHeaders.CONTENT_TYPE, type);
    }

    @Override
    public String getContentType() {
        return headers.getFirst(HttpHeaders.CONTENT_TYPE);
    }

    @Override
    public void setCharacterEncoding(String charset) {
        // Answers are UTF-8.
    }

    @Override
    public String getCharacterEncoding() {
        return StandardCharsets.UTF_8.name();
    }

    @Override
    public void setContentLength(int len) {
        // The length is the captured body's.
    }

    @Override
    public void setContentLengthLong(long len) {
        // The length is the captured body's.
    }

    @Override
    public void setLocale(Locale loc) {
        // The page decides its own locale.
    }

    @Override
    public void setBufferSize(int size) {
        // Everything is buffered.
    }

    @Override
    public ServletOutputStream getOutputStream() {
        return new ServletOutputStream() {
            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setWriteListener(WriteListener listener) {
                throw new UnsupportedOperationException("an in-process API answer is written synchronously");
            }

            @Override
            public void write(int b) {
                body.write(b);
            }

            @Override
            public void write(byte[] b, int off, int len) {
                body.write(b, off, len);
            }
        };
    }

    @Override
    public PrintWriter getWriter() {
        if (writer == null) {
            writer = new PrintWriter(new OutputStreamWriter(body, StandardCharsets.UTF_8));
        }
        return writer;
    }

    @Override
    public void flushBuffer() {
        if (writer != null) {
            writer.flush();
        }
    }

    @Override
    public boolean isCommitted() {
        return false;
    }

    @Override
    public void reset() {
        body.reset();
        headers.clear();
        status = SC_OK;
    }

    @Override
    public void resetBuffer() {
        body.reset();
    }
}
