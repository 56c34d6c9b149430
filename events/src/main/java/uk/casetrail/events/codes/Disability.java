package uk.casetrail.events.codes;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** A disability of the child (census item N00099); NONE stands alone. */
public enum Disability implements CensusCode {
    NONE("NONE", "No disability"),
    MOB("MOB", "Mobility"),
    HAND("HAND", "Hand function"),
    PC("PC", "Personal care"),
    INC("INC", "Incontinence"),
    COMM("COMM", "Communication"),
    LD("LD", "Learning"),
    HEAR("HEAR", "Hearing"),
    VIS("VIS", "Vision"),
    BEH("BEH", "Behaviour"),
    CON("CON", "Consciousness"),
    AUT("AUT", "Diagnosed with autism or Asperger syndrome"),
    DDA("DDA", "Other DDA");

    private final String code;
    private final String description;

    Disability(String code, String description) {
        this.code = code;
        this.description = description;
    }

    @JsonCreator
    public static Disability fromCode(String code) {
        return CensusCodes.fromCode(Disability.class, code);
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
