package uk.casetrail.command.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import uk.casetrail.command.journey.InvalidEntry;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Durable memory of answered requests that carried an Idempotency-Key, scoped to the actor: a retried
 * POST gets the first answer back and records nothing more. Must be called inside the transaction that
 * records the request's events, so that both commit or neither.
 */
@Component
public class IdempotentRequests {

    /** Marks an answer given before, to a request with the same key. */
    public static final String REPLAYED_HEADER = "Idempotent-Replayed";
    private static final Pattern KEY = Pattern.compile("[\\x21-\\x7E]{1,255}");

    private record Answered(int status, String answer) {
    }

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    IdempotentRequests(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /**
     * The Idempotency-Key header's value, or null when the request has none.
     *
     * @throws InvalidEntry (a 400) if it is not a key
     */
    public static String key(String header) {
        if (header == null) {
            return null;
        }
        if (!KEY.matcher(header).matches()) {
            throw new InvalidEntry("Idempotency-Key", "Idempotency-Key is 1 to 255 visible characters, without spaces");
        }
        return header;
    }

    /**
     * Answers a request that may be a retry. Without a key, or with a key not used before, {@code first}
     * answers it and its answer is remembered with the key; a retry with the same key and the same request
     * gets that answer back, marked {@value #REPLAYED_HEADER}, and {@code first} does not run. A concurrent
     * request with the same key waits until the first commits (or rolls back and frees the key).
     *
     * @param requestLine method and path, which with the body must match the first request's
     * @throws IdempotencyKeyReused (a 422) if the key answered a different request
     */
    public <T> ResponseEntity<T> answerOnce(String actor, String key, String requestLine, Object request, Class<T> answerType,
                                            Supplier<ResponseEntity<T>> first) {
        if (key == null) {
            return first.get();
        }
        Optional<Answered> prior = claim(actor, key, fingerprint(requestLine, request));
        if (prior.isPresent()) {
            T body = read(prior.get().answer(), answerType);
            return ResponseEntity.status(prior.get().status()).header(REPLAYED_HEADER, "true").body(body);
        }
        ResponseEntity<T> answer = first.get();
        jdbc.sql("UPDATE idempotent_request SET status = :status, answer = :answer WHERE actor = :actor AND idempotency_key = :key")
                .param("status", answer.getStatusCode().value()).param("answer", write(answer.getBody()))
                .param("actor", actor).param("key", key)
                .update();
        return answer;
    }

    private Optional<Answered> claim(String actor, String key, String fingerprint) {
        int claimed = jdbc.sql("""
                        INSERT INTO idempotent_request (actor, idempotency_key, fingerprint)
                        VALUES (:actor, :key, :fingerprint) ON CONFLICT DO NOTHING""")
                .param("actor", actor).param("key", key).param("fingerprint", fingerprint)
                .update();
        if (claimed == 1) {
            return Optional.empty();
        }
        record Prior(String fingerprint, Integer status, String answer) {
        }
        Prior prior = jdbc.sql("""
                        SELECT fingerprint, status, answer FROM idempotent_request
                        WHERE actor = :actor AND idempotency_key = :key""")
                .param("actor", actor).param("key", key)
                .query(Prior.class).single();
        if (!prior.fingerprint().equals(fingerprint)) {
            throw new IdempotencyKeyReused();
        }
        return Optional.of(new Answered(prior.status(), prior.answer()));
    }

    private static String fingerprint(String requestLine, Object request) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(requestLine.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(String.valueOf(request).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private String write(Object body) {
        try {
            return json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private <T> T read(String answer, Class<T> answerType) {
        try {
            return json.readValue(answer, answerType);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored idempotent answer is unreadable", e);
        }
    }
}
