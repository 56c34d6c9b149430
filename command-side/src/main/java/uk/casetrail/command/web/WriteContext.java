package uk.casetrail.command.web;

/**
 * What an HTTP write brings besides its body: the version it expects (If-Match), its idempotency
 * key, the correlation id it travels under, where it came from, and the request line it was sent as.
 */
public record WriteContext(Long expectedVersion, String idempotencyKey, String correlationId, String clientAddress,
                           String requestLine) {
}
