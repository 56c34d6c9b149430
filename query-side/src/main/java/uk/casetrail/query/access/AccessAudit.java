package uk.casetrail.query.access;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.axonframework.eventhandling.EventBus;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import uk.casetrail.events.access.AccessAction;
import uk.casetrail.events.access.AccessOutcome;
import uk.casetrail.events.access.ChildAccess;
import uk.casetrail.events.access.RecordAccessed;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Appends an access event to the event log and commits it, durably, before the read it records may
 * answer. A failure to record is a failure to read. Reads that happen at the same moment share one
 * commit (see AuditCommits), in a transaction of its own whatever the caller is doing.
 */
@Component
class AccessAudit implements DisposableBean {

    private final AuditCommits commits;
    private final Timer appends;

    AccessAudit(EventBus eventBus, TransactionTemplate transaction, MeterRegistry meters,
                @Value("${casetrail.audit.gather:500us}") Duration gather) {
        this.commits = new AuditCommits(eventBus, transaction, meters, gather);
        // Every read waits for this append, so its latency is part of every read's latency.
        this.appends = Timer.builder("casetrail.audit.append").description("Appending and committing an access event")
                .publishPercentileHistogram().register(meters);
    }

    @Override
    public void destroy() {
        commits.stop();
    }

    void record(Reader reader, List<ChildAccess> children, String resource, AccessAction action, String purpose,
                AccessOutcome outcome, String reason) {
        begin(reader, children, resource, action, purpose, outcome, reason).awaitDurable();
    }

    /** Queues the access event for the next commit; the read may go on while it commits. */
    PendingAudit begin(Reader reader, List<ChildAccess> children, String resource, AccessAction action, String purpose,
                       AccessOutcome outcome, String reason) {
        RecordAccessed accessed = new RecordAccessed(reader.user(), reader.role(), reader.team(), reader.session(),
                reader.clientAddress(), children, resource, action, purpose, outcome, reason);
        Map<String, Object> metadata = new HashMap<>();
        metadata.put("user", reader.user());
        metadata.put("role", reader.role());
        if (reader.team() != null) {
            metadata.put("team", reader.team());
        }
        metadata.put("clientAddress", reader.clientAddress());
        EventMessage<?> event = GenericEventMessage.asEventMessage(accessed).andMetaData(metadata);
        long began = System.nanoTime();
        CompletableFuture<Void> durable = commits.submit(event);
        return () -> {
            try {
                AuditCommits.awaitDurable(durable);
            } catch (RuntimeException e) {
                throw new AuditUnavailable(e);
            } finally {
                appends.record(System.nanoTime() - began, java.util.concurrent.TimeUnit.NANOSECONDS);
            }
        };
    }
}
