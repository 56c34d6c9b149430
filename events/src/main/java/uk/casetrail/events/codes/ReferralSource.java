package uk.casetrail.events.codes;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Who made the contact (census item N00152). */
public enum ReferralSource implements CensusCode {
    FAMILY_MEMBER("1A", "Individual: family member, relative or carer"),
    ACQUAINTANCE("1B", "Individual: acquaintance"),
    SELF("1C", "Individual: self"),
    OTHER_INDIVIDUAL("1D", "Individual: other"),
    SCHOOL("2A", "Schools"),
    EDUCATION_SERVICES("2B", "Education services"),
    GP("3A", "Health services: GP"),
    HEALTH_VISITOR("3B", "Health services: health visitor"),
    SCHOOL_NURSE("3C", "Health services: school nurse"),
    OTHER_PRIMARY_HEALTH("3D", "Health services: other primary health services"),
    A_AND_E("3E", "Health services: A&E"),
    OTHER_HEALTH("3F", "Health services: other"),
    HOUSING("4", "Housing"),
    LA_SOCIAL_CARE("5A", "LA services: social care"),
    OTHER_INTERNAL("5B", "LA services: other internal"),
    EXTERNAL_LA("5C", "LA services: external"),
    EARLY_HELP("5D", "LA services: early help"),
    POLICE("6", "Police"),
    OTHER_LEGAL_AGENCY("7", "Other legal agency"),
    OTHER("8", "Other"),
    ANONYMOUS("9", "Anonymous"),
    UNKNOWN("10", "Unknown");

    private final String code;
    private final String description;

    ReferralSource(String code, String description) {
        this.code = code;
        this.description = description;
    }

    @JsonCreator
    public static ReferralSource fromCode(String code) {
        return CensusCodes.fromCode(ReferralSource.class, code);
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
