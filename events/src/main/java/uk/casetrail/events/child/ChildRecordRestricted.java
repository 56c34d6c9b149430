package uk.casetrail.events.child;

import org.axonframework.serialization.Revision;
import uk.casetrail.events.ChildEvent;
import uk.casetrail.events.ids.ChildId;

import java.util.List;

/** The child's record was restricted: from now only the named users, or break-glass, open it. */
@Revision("1")
public record ChildRecordRestricted(ChildId childId, String reason, List<String> namedUsers) implements ChildEvent {

    public ChildRecordRestricted {
        namedUsers = namedUsers == null ? List.of() : List.copyOf(namedUsers);
    }
}
