package uk.casetrail.events.codes;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** A factor identified at the end of an assessment (census item N00181); 21 stands alone. */
public enum Factor implements CensusCode {
    F1A("1A", "Alcohol misuse: child"),
    F1B("1B", "Alcohol misuse: parent or carer"),
    F1C("1C", "Alcohol misuse: other person in the household"),
    F2A("2A", "Drug misuse: child"),
    F2B("2B", "Drug misuse: parent or carer"),
    F2C("2C", "Drug misuse: other person in the household"),
    F3A("3A", "Domestic violence: child"),
    F3B("3B", "Domestic violence: parent or carer"),
    F3C("3C", "Domestic violence: other person in the household"),
    F4A("4A", "Mental health: child"),
    F4B("4B", "Mental health: parent or carer"),
    F4C("4C", "Mental health: other person in the household"),
    F5A("5A", "Learning disability: child"),
    F5B("5B", "Learning disability: parent or carer"),
    F5C("5C", "Learning disability: other person in the household"),
    F6A("6A", "Physical disability or illness: child"),
    F6B("6B", "Physical disability or illness: parent or carer"),
    F6C("6C", "Physical disability or illness: other person in the household"),
    F7A("7A", "Young carer"),
    F8B("8B", "Privately fostered: overseas child intending to return"),
    F8C("8C", "Privately fostered: overseas child intending to stay"),
    F8D("8D", "Privately fostered: UK child in education or health"),
    F8E("8E", "Privately fostered: UK child, family difficulties"),
    F8F("8F", "Privately fostered: UK child, other"),
    F9A("9A", "Unaccompanied asylum seeking child"),
    F10A("10A", "Going missing"),
    F11A("11A", "Child sexual exploitation"),
    F12A("12A", "Trafficking"),
    F13A("13A", "Gangs"),
    F14A("14A", "Socially unacceptable behaviour"),
    F15A("15A", "Self-harm"),
    F16A("16A", "Abuse or neglect: neglect"),
    F17A("17A", "Abuse or neglect: emotional abuse"),
    F18B("18B", "Abuse or neglect: physical abuse by a parent or carer"),
    F18C("18C", "Abuse or neglect: physical abuse by another person"),
    F19B("19B", "Abuse or neglect: sexual abuse by a parent or carer"),
    F19C("19C", "Abuse or neglect: sexual abuse by another person"),
    F20("20", "Other"),
    F21("21", "No factors identified"),
    F22A("22A", "Female genital mutilation"),
    F23A("23A", "Abuse linked to faith or belief"),
    F24A("24A", "Child criminal exploitation");

    private final String code;
    private final String description;

    Factor(String code, String description) {
        this.code = code;
        this.description = description;
    }

    @JsonCreator
    public static Factor fromCode(String code) {
        return CensusCodes.fromCode(Factor.class, code);
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
