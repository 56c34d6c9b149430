package uk.casetrail.events.ids;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.UUID;

/** A child known to the authority: opaque and stable across all of the child's cases. */
public record ChildId(UUID value) {

    public ChildId {
        EntityIds.require(value, "ChildId");
    }

    public static ChildId random() {
        return new ChildId(TimeOrderedIds.next());
    }

    @JsonCreator
    public static ChildId of(String text) {
        return new ChildId(EntityIds.parse(text, "ChildId"));
    }

    @JsonValue
    @Override
    public String toString() {
        return value.toString();
    }
}
