package uk.casetrail.query.access;

import org.springframework.stereotype.Component;
import uk.casetrail.events.access.AccessAction;
import uk.casetrail.events.access.AccessOutcome;
import uk.casetrail.events.access.ChildAccess;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** The reader, the policy's decisions for them, and the audit of what they read. */
@Component
public class AccessGate {

    private final Readers readers;
    private final AccessRelationships relationships;
    private final AccessAudit audit;

    AccessGate(Readers readers, AccessRelationships relationships, AccessAudit audit) {
        this.readers = readers;
        this.relationships = relationships;
        this.audit = audit;
    }

    public Reader reader() {
        return readers.reader();
    }

    public Map<UUID, AccessDecision> decide(Reader reader, ReadKind kind, Collection<UUID> children) {
        return relationships.of(reader, children).entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> AccessPolicy.decide(reader, kind, e.getValue())));
    }

    public void audit(Reader reader, List<ChildAccess> children, String resource, AccessAction action,
                      AccessOutcome outcome, String reason) {
        audit.record(reader, children, resource, action, purposeOf(reader), outcome, reason);
    }

    /**
     * Starts recording an access whose answer is about to be computed: the commit of the access event
     * and the read then take place at the same time, and the caller waits for both.
     */
    public PendingAudit startAudit(Reader reader, List<ChildAccess> children, String resource, AccessAction action) {
        return audit.begin(reader, children, resource, action, purposeOf(reader), AccessOutcome.PERMITTED, null);
    }

    // The purpose of use follows from the role the reader acts in.
    private static String purposeOf(Reader reader) {
        return switch (reader.role() == null ? "" : reader.role()) {
            case "INSPECTOR" -> "INSPECTION";
            case "AUDITOR" -> "AUDIT";
            case "DATA_OFFICER" -> "STATUTORY_RETURN";
            case "PARTNER" -> "PARTNER_CARE";
            default -> "DIRECT_CARE";
        };
    }
}
