package uk.casetrail.command.casework;

import uk.casetrail.command.journey.NoWriteBasis;
import uk.casetrail.events.ids.ChildId;

import java.util.Locale;

/**
 * Who holds a case, and so who may record on it: the team that received the contact until the case is
 * allocated, then the allocated team; the allocated worker too, whatever their team. A social worker
 * records on a case their team holds or that is allocated to them; a team manager on a case their team
 * holds, and only a manager of the holding team closes it. The same relationships open the record for
 * reading; deciding writes here, from the case's own events, means a write never waits for a read model.
 */
final class CaseHolding {

    /** Who is recording, as the command's sender vouches. */
    record Writer(String user, String role, String team) {
    }

    private String receivingTeam;
    private String allocatedWorker;
    private String allocatedTeam;

    void received(String team) {
        receivingTeam = team;
    }

    void allocated(String worker, String team) {
        allocatedWorker = worker;
        allocatedTeam = team;
    }

    /** @throws NoWriteBasis unless the writer may record this command on the case */
    void requireWriter(Writer writer, Object command, ChildId child) {
        String holding = allocatedTeam != null ? allocatedTeam : receivingTeam;
        boolean inHoldingTeam = holding != null && holding.equals(writer.team());
        if (command instanceof CloseCase) {
            if (!"TEAM_MANAGER".equals(writer.role()) || !inHoldingTeam) {
                throw new NoWriteBasis(child, attempted(command), "a case is closed by a manager of the team that holds it");
            }
            return;
        }
        boolean permitted = switch (writer.role() == null ? "" : writer.role()) {
            case "SOCIAL_WORKER" -> inHoldingTeam || writer.user().equals(allocatedWorker);
            case "TEAM_MANAGER" -> inHoldingTeam;
            default -> false;
        };
        if (!permitted) {
            // Says nothing of who does hold it: that is the case's business, not the refused writer's.
            throw new NoWriteBasis(child, attempted(command), "you are not allocated to this case, nor in the team that holds it");
        }
    }

    /** The command's name as the audit shows it: CloseCase as close-case. */
    static String attempted(Object command) {
        return command.getClass().getSimpleName().replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }
}
