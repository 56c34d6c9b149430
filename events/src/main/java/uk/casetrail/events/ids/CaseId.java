package uk.casetrail.events.ids;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.UUID;

/** One episode of work with a child, from contact to closure. */
public record CaseId(UUID value) {

    public CaseId {
        EntityIds.require(value, "CaseId");
    }

    public static CaseId random() {
        return new CaseId(TimeOrderedIds.next());
    }

    @JsonCreator
    public static CaseId of(String text) {
        return new CaseId(EntityIds.parse(text, "CaseId"));
    }

    @JsonValue
    @Override
    public String toString() {
        return value.toString();
    }
}
