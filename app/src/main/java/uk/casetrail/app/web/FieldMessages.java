package uk.casetrail.app.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import uk.casetrail.events.codes.CensusCode;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.stream.Collectors;

/**
 * Turns what Jackson and Bean Validation report into messages a practitioner can act on, naming
 * the field as the API names it and never the Java type behind it.
 */
final class FieldMessages {

    record FieldError(String field, String message) {
        String describe() {
            return field == null ? message : field + ": " + message;
        }
    }

    private FieldMessages() {
    }

    static String forConstraint(org.springframework.validation.FieldError error) {
        String code = error.getCode();
        if ("NotNull".equals(code) || "NotBlank".equals(code) || "NotEmpty".equals(code)) {
            return error.getField() + " is required";
        }
        return error.getField() + " " + error.getDefaultMessage();
    }

    static FieldError forUnreadableBody(HttpMessageNotReadableException e) {
        Throwable cause = e.getCause();
        if (cause instanceof UnrecognizedPropertyException unknown) {
            return new FieldError(path(unknown), "is not a field of this request");
        }
        if (cause instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            return new FieldError(path(mapping), messageFor(mapping));
        }
        if (cause instanceof JsonProcessingException) {
            return new FieldError(null, "the request body is not valid JSON");
        }
        return new FieldError(null, "a JSON request body is required");
    }

    private static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : e.getPath()) {
            if (reference.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String messageFor(JsonMappingException e) {
        for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
            // Our value types (codes, NHS number, UPN, ids) explain themselves.
            if (t instanceof IllegalArgumentException && t.getMessage() != null) {
                return t.getMessage();
            }
        }
        Class<?> type = e instanceof MismatchedInputException mismatch ? mismatch.getTargetType() : null;
        if (type == null) {
            return "has a value of the wrong kind";
        }
        if (type == LocalDate.class) {
            return "must be a date like 2026-03-02";
        }
        if (type == Instant.class) {
            return "must be an instant in UTC like 2026-03-02T09:15:00Z";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "must be true or false";
        }
        if (type.isEnum()) {
            return "must be one of " + Arrays.stream(type.getEnumConstants())
                    .map(c -> c instanceof CensusCode code ? code.code() : ((Enum<?>) c).name())
                    .collect(Collectors.joining(", "));
        }
        if (Collection.class.isAssignableFrom(type)) {
            return "must be a list";
        }
        if (type == String.class) {
            return "must be text";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
            return "must be a number";
        }
        return "has a value of the wrong kind";
    }
}
