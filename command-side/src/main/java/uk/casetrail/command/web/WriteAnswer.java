package uk.casetrail.command.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import uk.casetrail.events.ids.CaseId;
import uk.casetrail.events.ids.ChildId;

import java.util.function.LongFunction;

/** The answer to every write: what was created or changed, on which case or child, and the new version. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record WriteAnswer(String id, String caseId, String childId, long version) {

    static LongFunction<WriteAnswer> onCase(Object id, CaseId caseId) {
        return version -> new WriteAnswer(id.toString(), caseId.toString(), null, version);
    }

    static LongFunction<WriteAnswer> onChild(ChildId childId) {
        return version -> new WriteAnswer(childId.toString(), null, childId.toString(), version);
    }
}
