package uk.casetrail.command.web;

/** An Idempotency-Key already answered a different request. */
final class IdempotencyKeyReused extends RuntimeException {

    IdempotencyKeyReused() {
        super("this Idempotency-Key was used for a different request; use a new key for a new request",
                null, false, false);
    }
}
