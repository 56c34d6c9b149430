package uk.casetrail.events.ids;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.UUID;

/** A partner agency's recorded involvement with a child. */
public record InvolvementId(UUID value) {

    public InvolvementId {
        EntityIds.require(value, "InvolvementId");
    }

    public static InvolvementId random() {
        return new InvolvementId(TimeOrderedIds.next());
    }

    @JsonCreator
    public static InvolvementId of(String text) {
        return new InvolvementId(EntityIds.parse(text, "InvolvementId"));
    }

    @JsonValue
    @Override
    public String toString() {
        return value.toString();
    }
}
