package uk.casetrail.events.codes;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** The child's ethnicity (census item N00177). */
public enum Ethnicity implements CensusCode {
    WBRI("WBRI", "White British"),
    WIRI("WIRI", "White Irish"),
    WIRT("WIRT", "Traveller of Irish heritage"),
    WOTH("WOTH", "Any other White background"),
    WROM("WROM", "Gypsy/Roma"),
    MWBC("MWBC", "White and Black Caribbean"),
    MWBA("MWBA", "White and Black African"),
    MWAS("MWAS", "White and Asian"),
    MOTH("MOTH", "Any other mixed background"),
    AIND("AIND", "Indian"),
    APKN("APKN", "Pakistani"),
    ABAN("ABAN", "Bangladeshi"),
    AOTH("AOTH", "Any other Asian background"),
    BCRB("BCRB", "Caribbean"),
    BAFR("BAFR", "African"),
    BOTH("BOTH", "Any other Black background"),
    CHNE("CHNE", "Chinese"),
    OOTH("OOTH", "Any other ethnic group"),
    REFU("REFU", "Refused"),
    NOBT("NOBT", "Information not yet obtained");

    private final String code;
    private final String description;

    Ethnicity(String code, String description) {
        this.code = code;
        this.description = description;
    }

    @JsonCreator
    public static Ethnicity fromCode(String code) {
        return CensusCodes.fromCode(Ethnicity.class, code);
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
