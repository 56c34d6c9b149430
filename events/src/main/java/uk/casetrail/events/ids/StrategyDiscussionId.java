package uk.casetrail.events.ids;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.UUID;

/** A strategy discussion within a case. */
public record StrategyDiscussionId(UUID value) {

    public StrategyDiscussionId {
        EntityIds.require(value, "StrategyDiscussionId");
    }

    public static StrategyDiscussionId random() {
        return new StrategyDiscussionId(TimeOrderedIds.next());
    }

    @JsonCreator
    public static StrategyDiscussionId of(String text) {
        return new StrategyDiscussionId(EntityIds.parse(text, "StrategyDiscussionId"));
    }

    @JsonValue
    @Override
    public String toString() {
        return value.toString();
    }
}
