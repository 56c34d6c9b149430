package uk.casetrail.returns.census.rules;

import uk.casetrail.events.codes.Disability;
import uk.casetrail.returns.census.CensusYear;
import uk.casetrail.returns.census.ReturnedChild;

import java.util.List;

/**
 * 8540: a born child with a referral that went on to further action has one or more disabilities (NONE for
 * none), each a code of the census's disability table.
 */
final class DisabilityCode extends ChildRule {

    private static final CodeSet DISABILITIES = CodeSet.of(Disability.class);

    DisabilityCode() {
        super("8540", "disabilities", "Child’s disability is missing or invalid (see Disability table)");
    }

    @Override
    boolean broken(ReturnedChild child, CensusYear year) {
        boolean furtherAction = child.episodes().stream().anyMatch(e -> !e.referralNfa());
        if (child.identifiers().birthDate() == null || !furtherAction) {
            return false;
        }
        List<String> disabilities = child.characteristics().disabilities();
        return disabilities.isEmpty() || !disabilities.stream().allMatch(DISABILITIES::contains);
    }
}
