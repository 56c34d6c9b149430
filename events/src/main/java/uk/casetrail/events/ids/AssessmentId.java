package uk.casetrail.events.ids;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.UUID;

/** A single assessment within a case. */
public record AssessmentId(UUID value) {

    public AssessmentId {
        EntityIds.require(value, "AssessmentId");
    }

    public static AssessmentId random() {
        return new AssessmentId(TimeOrderedIds.next());
    }

    @JsonCreator
    public static AssessmentId of(String text) {
        return new AssessmentId(EntityIds.parse(text, "AssessmentId"));
    }

    @JsonValue
    @Override
    public String toString() {
        return value.toString();
    }
}
