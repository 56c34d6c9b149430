package uk.casetrail.app.writemodel;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import uk.casetrail.command.journey.NoWriteBasis;
import uk.casetrail.command.web.ChildRecordWriters;
import uk.casetrail.events.ids.ChildId;
import uk.casetrail.query.access.AccessDecision;
import uk.casetrail.query.access.AccessGate;
import uk.casetrail.query.access.Basis;
import uk.casetrail.query.access.ReadKind;
import uk.casetrail.query.access.Reader;
import uk.casetrail.query.reading.KnownChildren;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Decides writes on a child's own record from who holds it, as the access policy decides its reads:
 * those who work with the child correct its details; an administrator, or a manager of a team holding
 * one of its cases, restricts it (an administrator named on a restriction is not opened the record by
 * it: AccessPolicy).
 */
@Component
class ChildRecordHolders implements ChildRecordWriters {

    private static final Set<Basis> WORKING_WITH_THE_CHILD = EnumSet.of(Basis.ALLOCATED_WORKER, Basis.ALLOCATED_TEAM,
            Basis.RECEIVING_TEAM, Basis.MANAGEMENT_LINE, Basis.NAMED_USER);
    private static final Set<Basis> MANAGING = EnumSet.of(Basis.MANAGEMENT_LINE, Basis.NAMED_USER);

    private final AccessGate gate;
    private final KnownChildren knownChildren;
    private final JdbcClient jdbc;

    ChildRecordHolders(AccessGate gate, KnownChildren knownChildren, JdbcClient jdbc) {
        this.gate = gate;
        this.knownChildren = knownChildren;
        this.jdbc = jdbc;
    }

    @Override
    public void requireMayCorrect(ChildId child) {
        Reader reader = gate.reader();
        if (holds(reader, child, WORKING_WITH_THE_CHILD) || registeredByTheirTeamAndNotYetProjected(reader, child)) {
            return;
        }
        throw new NoWriteBasis(child, "correct-child-detail", "you do not work with this child: their record is corrected by"
                + " those allocated to them, or in or managing a team that holds one of their cases");
    }

    @Override
    public void requireMayRestrict(ChildId child) {
        Reader reader = gate.reader();
        if ("ADMIN".equals(reader.role()) || "TEAM_MANAGER".equals(reader.role()) && holds(reader, child, MANAGING)) {
            return;
        }
        throw new NoWriteBasis(child, "restrict-record",
                "a record is restricted by an administrator, or by a manager of a team that holds one of the child's cases");
    }

    private boolean holds(Reader reader, ChildId child, Set<Basis> bases) {
        AccessDecision decision = gate.decide(reader, ReadKind.CHILD_DETAILS, List.of(child.value())).get(child.value());
        return decision.permitted() && bases.contains(decision.basis());
    }

    /**
     * A child just registered is held by the registering team, but the read models may not know them yet
     * (or cannot, while a projection is held up): the log's registration says which team that was.
     */
    private boolean registeredByTheirTeamAndNotYetProjected(Reader reader, ChildId child) {
        return reader.team() != null && !knownChildren.knows(child.value()) && jdbc.sql("""
                        SELECT count(*) FROM domain_event_entry
                        WHERE aggregate_identifier = ? AND sequence_number = 0
                          AND convert_from(meta_data, 'UTF8')::jsonb ->> 'team' = ?""")
                .param(child.toString()).param(reader.team())
                .query(Long.class).single() > 0;
    }
}
