package uk.casetrail.ui.api;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the API answered: status, content type and body, read as JSON for the page to show; stale when
 * a read could not wait long enough for the version it was asked to reflect; the file name it gave a
 * download (Content-Disposition), if any, for the page to pass on.
 */
public record ApiAnswer(int status, String contentType, byte[] body, boolean stale, String contentDisposition) {

    private static final ObjectMapper JSON = new ObjectMapper();

    public boolean ok() {
        return status >= 200 && status < 300;
    }

    /** The JSON body as maps and lists, which templates read by property name. */
    public Map<String, Object> json() {
        if (body.length == 0) {
            return Map.of();
        }
        try {
            return JSON.readValue(body, new TypeReference<LinkedHashMap<String, Object>>() {
            });
        } catch (IOException e) {
            throw new UncheckedIOException("the API answered something other than JSON", e);
        }
    }

    /** The JSON body of a successful answer; a refusal becomes the page's own refusal. */
    public Map<String, Object> jsonOrRefuse() {
        if (!ok()) {
            throw new PageRefused(this);
        }
        return json();
    }

    /** A successful answer that is a JSON list; a refusal becomes the page's own refusal. */
    public List<Object> jsonListOrRefuse() {
        if (!ok()) {
            throw new PageRefused(this);
        }
        try {
            return JSON.readValue(body, new TypeReference<List<Object>>() {
            });
        } catch (IOException e) {
            throw new UncheckedIOException("the API answered something other than a JSON list", e);
        }
    }

    public String text() {
        return new String(body, StandardCharsets.UTF_8);
    }

    /** A refusal's explanation (problem+json detail), for the page's error summary. */
    public String detail() {
        Object detail = json().get("detail");
        return detail == null ? "the request was refused (" + status + ")" : detail.toString();
    }

    /** A refusal's messages by the field they are about, to show beside the fields. */
    public Map<String, String> fieldErrors() {
        Map<String, String> errors = new LinkedHashMap<>();
        if (json().get("errors") instanceof List<?> list) {
            for (Object item : list) {
                if (item instanceof Map<?, ?> error && error.get("field") != null) {
                    errors.putIfAbsent(fieldName(error.get("field").toString()), String.valueOf(error.get("message")));
                }
            }
        }
        return errors;
    }

    // "factors[1]" is about the factors field as a whole.
    private static String fieldName(String path) {
        int bracket = path.indexOf('[');
        return bracket < 0 ? path : path.substring(0, bracket);
    }
}
