package uk.casetrail.query.access;

import org.axonframework.eventhandling.EventBus;
import org.axonframework.eventhandling.GenericEventMessage;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import uk.casetrail.events.access.AccessAction;
import uk.casetrail.events.access.AccessOutcome;
import uk.casetrail.events.access.ChildAccess;
import uk.casetrail.events.access.RecordAccessed;

import java.util.List;
import java.util.Map;

/**
 * Appends an access event to the event log and commits it, durably, before the read it records may
 * answer. A failure to record is a failure to read.
 */
@Component
class AccessAudit {

    private final EventBus eventBus;
    private final TransactionTemplate transaction;

    AccessAudit(EventBus eventBus, TransactionTemplate transaction) {
        this.eventBus = eventBus;
        this.transaction = transaction;
    }

    void record(Reader reader, List<ChildAccess> children, String resource, AccessAction action, String purpose,
                AccessOutcome outcome, String reason) {
        RecordAccessed accessed = new RecordAccessed(reader.user(), reader.role(), reader.team(), reader.session(),
                reader.clientAddress(), children, resource, action, purpose, outcome, reason);
        Map<String, Object> metadata = new java.util.HashMap<>();
        metadata.put("user", reader.user());
        metadata.put("role", reader.role());
        if (reader.team() != null) {
            metadata.put("team", reader.team());
        }
        metadata.put("clientAddress", reader.clientAddress());
        try {
            transaction.executeWithoutResult(tx -> eventBus.publish(GenericEventMessage.asEventMessage(accessed).andMetaData(metadata)));
        } catch (RuntimeException e) {
            throw new AuditUnavailable(e);
        }
    }
}
