package uk.casetrail.events.child;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Arrays;
import java.util.stream.Collectors;

/** A detail of the child that a correction may change, named as in the HTTP API. */
public enum ChildDetail {
    GIVEN_NAME("givenName"),
    FAMILY_NAME("familyName"),
    DATE_OF_BIRTH("dateOfBirth"),
    EXPECTED_DATE_OF_BIRTH("expectedDateOfBirth"),
    SEX("sex"),
    ETHNICITY("ethnicity"),
    NHS_NUMBER("nhsNumber"),
    UPN("upn"),
    UPN_UNKNOWN_REASON("upnUnknownReason"),
    FORMER_UPN("formerUpn"),
    DATE_OF_DEATH("dateOfDeath"),
    DISABILITIES("disabilities");

    private final String fieldName;

    ChildDetail(String fieldName) {
        this.fieldName = fieldName;
    }

    @JsonCreator
    public static ChildDetail fromFieldName(String name) {
        return Arrays.stream(values()).filter(d -> d.fieldName.equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("'" + name + "' is not a detail that can be corrected;"
                        + " these can: " + Arrays.stream(values()).map(d -> d.fieldName).collect(Collectors.joining(", "))));
    }

    @JsonValue
    public String fieldName() {
        return fieldName;
    }
}
