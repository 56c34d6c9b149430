package uk.casetrail.returns.census.rules;

import uk.casetrail.returns.census.CensusYear;
import uk.casetrail.returns.census.ReturnedChild;

import java.util.Set;

/** 4180 (2024 to 2025 onwards): the child's sex is given, as M, F or U. */
final class SexCode extends ChildRule {

    SexCode() {
        super("4180", "sex", "Sex must be provided and equal M, F, or U");
    }

    @Override
    boolean broken(ReturnedChild child, CensusYear year) {
        return !Set.of("M", "F", "U").contains(String.valueOf(child.identifiers().sex()));
    }
}
