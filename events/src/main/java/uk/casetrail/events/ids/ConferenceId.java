package uk.casetrail.events.ids;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.UUID;

/** A child protection conference (initial or review). */
public record ConferenceId(UUID value) {

    public ConferenceId {
        EntityIds.require(value, "ConferenceId");
    }

    public static ConferenceId random() {
        return new ConferenceId(TimeOrderedIds.next());
    }

    @JsonCreator
    public static ConferenceId of(String text) {
        return new ConferenceId(EntityIds.parse(text, "ConferenceId"));
    }

    @JsonValue
    @Override
    public String toString() {
        return value.toString();
    }
}
