package uk.casetrail.events.codes;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** The category of abuse under which a child is subject to a child protection plan. */
public enum AbuseCategory implements CensusCode {
    NEGLECT("NEG", "Neglect"),
    PHYSICAL("PHY", "Physical abuse"),
    SEXUAL("SAB", "Sexual abuse"),
    EMOTIONAL("EMO", "Emotional abuse"),
    MULTIPLE("MUL", "Multiple");

    private final String code;
    private final String description;

    AbuseCategory(String code, String description) {
        this.code = code;
        this.description = description;
    }

    @JsonCreator
    public static AbuseCategory fromCode(String code) {
        return CensusCodes.fromCode(AbuseCategory.class, code);
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
