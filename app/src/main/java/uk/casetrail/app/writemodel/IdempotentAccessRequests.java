package uk.casetrail.app.writemodel;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import uk.casetrail.command.web.IdempotentRequests;
import uk.casetrail.query.access.RetriedRequests;

import java.util.function.Supplier;

/** Access requests keep their Idempotency-Keys where every other write keeps its own. */
@Component
class IdempotentAccessRequests implements RetriedRequests {

    private final IdempotentRequests requests;

    IdempotentAccessRequests(IdempotentRequests requests) {
        this.requests = requests;
    }

    @Override
    public <T> ResponseEntity<T> answerOnce(String actor, String idempotencyKey, String requestLine, Object request,
                                            Class<T> answerType, Supplier<ResponseEntity<T>> first) {
        return requests.answerOnce(actor, IdempotentRequests.key(idempotencyKey), requestLine, request, answerType, first);
    }
}
