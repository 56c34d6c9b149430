package uk.casetrail.events.identity;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** The authority's own id for a child in statutory returns: 1 to 20 letters and digits. */
public record LaChildId(String value) {

    public LaChildId {
        if (value == null || !value.matches("[A-Za-z0-9]{1,20}")) {
            throw new IllegalArgumentException("an LA child id has 1 to 20 letters and digits");
        }
    }

    @JsonCreator
    public static LaChildId of(String value) {
        return new LaChildId(value);
    }

    /** The id a child registered here is given: at most 20 letters and digits, derived from the opaque id. */
    public static LaChildId derivedFrom(java.util.UUID childId) {
        return of("CT" + childId.toString().replace("-", "").substring(0, 18).toUpperCase(java.util.Locale.ROOT));
    }

    @JsonValue
    @Override
    public String toString() {
        return value;
    }
}
