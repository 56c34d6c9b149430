package uk.casetrail.query.access;

import org.springframework.http.ResponseEntity;

import java.util.function.Supplier;

/**
 * The Idempotency-Key contract for the access requests recorded here (break-glass, its review, inspection
 * grants), kept by the same durable memory as every other write: a retried POST gets the first answer
 * back and records nothing more.
 */
public interface RetriedRequests {

    /**
     * Within the transaction that records the request's event: {@code first} answers a request without a
     * key or with a new one; a retry with the same key and request gets the first answer back instead.
     *
     * @param idempotencyKey the header's value as sent, or null (a malformed one is refused with a 400)
     * @param requestLine    method and path, which with the body must match the first request's (else a 422)
     */
    <T> ResponseEntity<T> answerOnce(String actor, String idempotencyKey, String requestLine, Object request,
                                     Class<T> answerType, Supplier<ResponseEntity<T>> first);
}
