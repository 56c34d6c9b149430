package uk.casetrail.app.writemodel;

import org.springframework.stereotype.Component;
import uk.casetrail.command.web.RefusedWrites;
import uk.casetrail.events.access.AccessAction;
import uk.casetrail.events.access.AccessOutcome;
import uk.casetrail.events.access.ChildAccess;
import uk.casetrail.events.ids.ChildId;
import uk.casetrail.query.access.AccessGate;

import java.util.List;

/** A refused write goes into the access log as a refused attempt to change the child's record. */
@Component
class AuditedRefusals implements RefusedWrites {

    private final AccessGate gate;

    AuditedRefusals(AccessGate gate) {
        this.gate = gate;
    }

    @Override
    public void record(ChildId child, String attempted, String reason) {
        gate.audit(gate.reader(), List.of(new ChildAccess(child, null)), attempted, AccessAction.CHANGE, AccessOutcome.DENIED, reason);
    }
}
