package uk.casetrail.query.reading;

import org.springframework.stereotype.Component;
import uk.casetrail.events.access.AccessAction;
import uk.casetrail.events.access.AccessOutcome;
import uk.casetrail.events.access.ChildAccess;
import uk.casetrail.events.ids.ChildId;
import uk.casetrail.query.access.AccessDecision;
import uk.casetrail.query.access.AccessDenied;
import uk.casetrail.query.access.AccessGate;
import uk.casetrail.query.access.PendingAudit;
import uk.casetrail.query.access.AccessPolicy;
import uk.casetrail.query.access.Basis;
import uk.casetrail.query.access.ReadKind;
import uk.casetrail.query.access.Reader;
import uk.casetrail.query.access.Relationships;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/**
 * The one way every read of a child's data leaves the server. The reader's relationship to each
 * child decides what may be read; every read, and every refused attempt, is recorded in the access
 * audit before the answer leaves. If the audit cannot be written, nothing is answered.
 */
@Component
public class ReadPath {

    /** A row of a listing that the reader may see, with the basis on which they see it. */
    public record Visible<R>(R row, UUID childId, AccessDecision decision) {
    }

    private final AccessGate gate;

    ReadPath(AccessGate gate) {
        this.gate = gate;
    }

    public Reader reader() {
        return gate.reader();
    }

    /** One child's data: permitted and audited, or refused (403) and audited. */
    public <T> T read(ReadKind kind, String resource, UUID childId, Function<AccessDecision, T> answer) {
        return read(gate.reader(), kind, resource, childId, answer);
    }

    /**
     * As {@link #read(ReadKind, String, UUID, Function)}, for a reader already known. The access event
     * commits while the answer is computed (a durable commit costs as much as the read itself), and
     * the answer waits for it.
     */
    public <T> T read(Reader reader, ReadKind kind, String resource, UUID childId, Function<AccessDecision, T> answer) {
        AccessDecision decision = gate.decide(reader, kind, List.of(childId)).get(childId);
        List<ChildAccess> child = List.of(new ChildAccess(new ChildId(childId),
                decision.permitted() ? decision.basis().name() : null));
        if (!decision.permitted()) {
            gate.audit(reader, child, resource, AccessAction.VIEW, AccessOutcome.DENIED, decision.reason());
            throw new AccessDenied(decision.reason());
        }
        PendingAudit audit = gate.startAudit(reader, child, resource, AccessAction.VIEW);
        T result = answer.apply(decision);
        audit.awaitDurable();
        return result;
    }

    /** The rows of a listing that the reader may see; the others are left out, as if absent. */
    public <R> List<Visible<R>> visible(ReadKind kind, List<R> rows, Function<R, UUID> childOf) {
        Reader reader = gate.reader();
        var decisions = gate.decide(reader, kind, rows.stream().map(childOf).toList());
        return rows.stream().map(r -> new Visible<>(r, childOf.apply(r), decisions.get(childOf.apply(r))))
                .filter(v -> v.decision().permitted()).toList();
    }

    /** Audits a listing as answered, with every child it shows, then lets the answer go. */
    public <T> T answerListing(String resource, AccessAction action, List<? extends Visible<?>> shown, T answer) {
        List<ChildAccess> children = shown.stream()
                .map(v -> new ChildAccess(new ChildId(v.childId()), v.decision().basis().name())).distinct().toList();
        gate.audit(gate.reader(), children, resource, action, AccessOutcome.PERMITTED, null);
        return answer;
    }

    /**
     * May this reader make a statutory return? The role decides, not a relationship to any one child;
     * a refusal is audited (with no child, as none was read) before it is answered.
     */
    public void requireStatutoryReturn(Reader reader, String resource, AccessAction action) {
        AccessDecision decision = AccessPolicy.decide(reader, ReadKind.STATUTORY_RETURN, Relationships.NONE);
        if (!decision.permitted()) {
            gate.audit(reader, List.of(), resource, action, AccessOutcome.DENIED, decision.reason());
            throw new AccessDenied(decision.reason());
        }
    }

    /** Audits the children of a statutory return that are about to leave the server. */
    public void answerStatutoryReturn(Reader reader, String resource, AccessAction action, Collection<UUID> children) {
        if (children.isEmpty()) {
            return;
        }
        gate.audit(reader, children.stream().map(c -> new ChildAccess(new ChildId(c), Basis.STATUTORY_RETURN.name())).toList(),
                resource, action, AccessOutcome.PERMITTED, null);
    }
}
