package uk.casetrail.returns.census.rules;

import uk.casetrail.returns.census.CensusYear;
import uk.casetrail.returns.census.ReturnedChild;

import java.util.List;

/**
 * One validation rule of the DfE's CIN census specification, checked against a child as the return
 * shows them. The field is the API field a practitioner corrects to mend it.
 */
public abstract class CensusRule {

    private final String code;
    private final String field;
    private final String message;

    protected CensusRule(String code, String field, String message) {
        this.code = code;
        this.field = field;
        this.message = message;
    }

    public String code() {
        return code;
    }

    public String field() {
        return field;
    }

    public String message() {
        return message;
    }

    public Severity severity() {
        return code.endsWith("Q") ? Severity.QUERY : Severity.ERROR;
    }

    public abstract List<Breach> check(ReturnedChild child, CensusYear year);

    @Override
    public String toString() {
        return code;
    }
}
