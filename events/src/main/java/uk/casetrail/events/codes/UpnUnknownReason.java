package uk.casetrail.events.codes;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Why a child has no unique pupil number (census item N00135). */
public enum UpnUnknownReason implements CensusCode {
    UN1("UN1", "Child is now over compulsory school age"),
    UN2("UN2", "Child has never attended a state school in England"),
    UN3("UN3", "Child is educated outside England"),
    UN4("UN4", "Child is newly arrived in England and the UPN is not yet known"),
    UN5("UN5", "Sources collating UPNs reflect discrepancy in the child's details"),
    UN6("UN6", "Child is under 6 years old and not yet attending school"),
    UN7("UN7", "Referral with no further action"),
    UN8("UN8", "Not available, child arrived shortly before the collection"),
    UN9("UN9", "Not yet known"),
    UN10("UN10", "Unborn");

    private final String code;
    private final String description;

    UpnUnknownReason(String code, String description) {
        this.code = code;
        this.description = description;
    }

    @JsonCreator
    public static UpnUnknownReason fromCode(String code) {
        return CensusCodes.fromCode(UpnUnknownReason.class, code);
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
