package uk.casetrail.events.codes;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** The child's primary need at the referral (census item N00101). */
public enum PrimaryNeed implements CensusCode {
    ABUSE_OR_NEGLECT("N1", "Abuse or neglect"),
    CHILD_DISABILITY("N2", "Child's disability"),
    PARENTAL_ILLNESS_OR_DISABILITY("N3", "Parental illness or disability"),
    FAMILY_IN_ACUTE_STRESS("N4", "Family in acute stress"),
    FAMILY_DYSFUNCTION("N5", "Family dysfunction"),
    SOCIALLY_UNACCEPTABLE_BEHAVIOUR("N6", "Socially unacceptable behaviour"),
    LOW_INCOME("N7", "Low income"),
    ABSENT_PARENTING("N8", "Absent parenting"),
    NOT_CHILD_IN_NEED("N9", "Cases other than children in need"),
    NOT_STATED("N0", "Not stated");

    private final String code;
    private final String description;

    PrimaryNeed(String code, String description) {
        this.code = code;
        this.description = description;
    }

    @JsonCreator
    public static PrimaryNeed fromCode(String code) {
        return CensusCodes.fromCode(PrimaryNeed.class, code);
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
