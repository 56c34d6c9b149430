package uk.casetrail.events.codes;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Why a case (CIN episode) closed (census item N00103). */
public enum ClosureReason implements CensusCode {
    ADOPTED("RC1", "Adopted"),
    DIED("RC2", "Died"),
    CHILD_ARRANGEMENTS_ORDER("RC3", "Child arrangements order"),
    SPECIAL_GUARDIANSHIP_ORDER("RC4", "Special guardianship order"),
    TRANSFERRED_TO_ANOTHER_LA("RC5", "Transferred to services of another local authority"),
    TRANSFERRED_TO_ADULT_SOCIAL_CARE("RC6", "Transferred to adult social care"),
    SERVICES_CEASED("RC7", "Services ceased for any other reason, including child no longer in need"),
    NO_FURTHER_ACTION_AFTER_ASSESSMENT("RC8", "Case closed after assessment, no further action"),
    EARLY_HELP_AFTER_ASSESSMENT("RC9", "Case closed after assessment, referred to early help");

    private final String code;
    private final String description;

    ClosureReason(String code, String description) {
        this.code = code;
        this.description = description;
    }

    @JsonCreator
    public static ClosureReason fromCode(String code) {
        return CensusCodes.fromCode(ClosureReason.class, code);
    }

    /** RC8 and RC9 close a case after its assessment: nothing more is recorded on it until it reopens. */
    public boolean afterAssessment() {
        return this == NO_FURTHER_ACTION_AFTER_ASSESSMENT || this == EARLY_HELP_AFTER_ASSESSMENT;
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
