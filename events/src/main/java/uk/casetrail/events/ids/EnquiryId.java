package uk.casetrail.events.ids;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.UUID;

/** A section 47 enquiry within a case. */
public record EnquiryId(UUID value) {

    public EnquiryId {
        EntityIds.require(value, "EnquiryId");
    }

    public static EnquiryId random() {
        return new EnquiryId(TimeOrderedIds.next());
    }

    @JsonCreator
    public static EnquiryId of(String text) {
        return new EnquiryId(EntityIds.parse(text, "EnquiryId"));
    }

    @JsonValue
    @Override
    public String toString() {
        return value.toString();
    }
}
