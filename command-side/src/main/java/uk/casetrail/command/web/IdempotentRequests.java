package uk.casetrail.command.web;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * Durable memory of answered requests that carried an Idempotency-Key, scoped to the actor. Must be
 * called inside the transaction that records the request's events, so that both commit or neither.
 */
@Component
class IdempotentRequests {

    record Answered(int status, String answer) {
    }

    private final JdbcClient jdbc;

    IdempotentRequests(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Claims the key for this request, or returns the answer it was given before. A concurrent
     * request with the same key waits here until the first commits (or rolls back and frees the key).
     */
    Optional<Answered> claim(String actor, String key, String fingerprint) {
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

    void remember(String actor, String key, int status, String answer) {
        jdbc.sql("UPDATE idempotent_request SET status = :status, answer = :answer WHERE actor = :actor AND idempotency_key = :key")
                .param("status", status).param("answer", answer).param("actor", actor).param("key", key)
                .update();
    }
}
