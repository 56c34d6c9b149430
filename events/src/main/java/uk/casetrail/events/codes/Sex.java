package uk.casetrail.events.codes;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** The child's sex as the census records it; an unborn child is U. */
public enum Sex implements CensusCode {
    MALE("M", "Male"),
    FEMALE("F", "Female"),
    UNKNOWN("U", "Not known or not recorded");

    private final String code;
    private final String description;

    Sex(String code, String description) {
        this.code = code;
        this.description = description;
    }

    @JsonCreator
    public static Sex fromCode(String code) {
        return CensusCodes.fromCode(Sex.class, code);
    }

    @JsonValue
    @Override
    public String code() {
        return code;
    }

    @Override
    public String description() {
        return description;
    }
}
