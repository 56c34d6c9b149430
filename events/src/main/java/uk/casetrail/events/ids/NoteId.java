package uk.casetrail.events.ids;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.UUID;

/** A case note (visit, supervision, management oversight and the like). */
public record NoteId(UUID value) {

    public NoteId {
        EntityIds.require(value, "NoteId");
    }

    public static NoteId random() {
        return new NoteId(TimeOrderedIds.next());
    }

    @JsonCreator
    public static NoteId of(String text) {
        return new NoteId(EntityIds.parse(text, "NoteId"));
    }

    @JsonValue
    @Override
    public String toString() {
        return value.toString();
    }
}
