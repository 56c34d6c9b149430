package uk.casetrail.events.ids;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.UUID;

/** A child protection plan or a child in need plan within a case. */
public record PlanId(UUID value) {

    public PlanId {
        EntityIds.require(value, "PlanId");
    }

    public static PlanId random() {
        return new PlanId(TimeOrderedIds.next());
    }

    @JsonCreator
    public static PlanId of(String text) {
        return new PlanId(EntityIds.parse(text, "PlanId"));
    }

    @JsonValue
    @Override
    public String toString() {
        return value.toString();
    }
}
