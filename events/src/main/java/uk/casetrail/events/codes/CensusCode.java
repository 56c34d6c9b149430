package uk.casetrail.events.codes;

/**
 * A value from one of the Department for Education's Children in Need census code sets. The code is
 * what is stored and exchanged (it is what the census return needs); the description is for people.
 */
public interface CensusCode {

    String code();

    String description();
}
