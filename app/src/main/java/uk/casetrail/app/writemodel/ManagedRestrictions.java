package uk.casetrail.app.writemodel;

import org.springframework.stereotype.Component;
import uk.casetrail.command.journey.NoWriteBasis;
import uk.casetrail.command.web.RefusedWrites;
import uk.casetrail.command.web.RestrictionAuthority;
import uk.casetrail.events.ids.ChildId;
import uk.casetrail.query.access.AccessDecision;
import uk.casetrail.query.access.AccessGate;
import uk.casetrail.query.access.Basis;
import uk.casetrail.query.access.ReadKind;
import uk.casetrail.query.access.Reader;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * An administrator restricts any record (and is never opened one by being named in it: AccessPolicy); a
 * team manager only a record their team holds a case of, or one already restricted to them.
 */
@Component
class ManagedRestrictions implements RestrictionAuthority {

    private static final Set<Basis> MANAGING = EnumSet.of(Basis.MANAGEMENT_LINE, Basis.NAMED_USER);

    private final AccessGate gate;
    private final RefusedWrites refusals;

    ManagedRestrictions(AccessGate gate, RefusedWrites refusals) {
        this.gate = gate;
        this.refusals = refusals;
    }

    @Override
    public void requireMayRestrict(ChildId child) {
        Reader reader = gate.reader();
        if ("ADMIN".equals(reader.role())) {
            return;
        }
        AccessDecision decision = gate.decide(reader, ReadKind.CHILD_DETAILS, List.of(child.value())).get(child.value());
        if (!"TEAM_MANAGER".equals(reader.role()) || !decision.permitted() || !MANAGING.contains(decision.basis())) {
            String reason = "a record is restricted by an administrator, or by a manager of a team that holds one of the child's cases";
            refusals.record(child, "restrict-record", reason);
            throw new NoWriteBasis(child, "restrict-record", reason);
        }
    }
}
