package uk.casetrail.returns.census;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * One child as the CIN census return shows them for one census year: the modules of the DfE message,
 * each group already chosen by the specification's inclusion rules and every date as recorded. The
 * export writes it, the validation rules check it, an import reads it: all three see the same thing.
 * Codes are kept as the census's text, so that an imported file that breaks a code set can be named.
 *
 * @param childId our own id of the child (null for a child read from a file)
 */
public record ReturnedChild(UUID childId, Identifiers identifiers, Characteristics characteristics,
                            List<CinDetails> episodes) {

    public ReturnedChild {
        episodes = List.copyOf(episodes);
    }

    public record Identifiers(String laChildId, String upn, String formerUpn, String upnUnknown, LocalDate birthDate,
                              LocalDate expectedBirthDate, String sex, LocalDate deathDate) {
    }

    public record Characteristics(String ethnicity, List<String> disabilities) {

        public Characteristics {
            disabilities = List.copyOf(disabilities);
        }
    }

    /** One CIN episode (one of our cases); caseId is null for an episode read from a file. */
    public record CinDetails(UUID caseId, LocalDate referralDate, String referralSource, String primaryNeed,
                             LocalDate closureDate, String reasonForClosure, LocalDate dateOfInitialCpc,
                             boolean referralNfa, List<Assessment> assessments, List<CinPlan> cinPlans,
                             List<Section47> section47s, List<ProtectionPlan> protectionPlans) {

        public CinDetails {
            assessments = List.copyOf(assessments);
            cinPlans = List.copyOf(cinPlans);
            section47s = List.copyOf(section47s);
            protectionPlans = List.copyOf(protectionPlans);
        }
    }

    public record Assessment(LocalDate startDate, LocalDate authorisationDate, List<String> factors) {

        public Assessment {
            factors = List.copyOf(factors);
        }
    }

    public record CinPlan(LocalDate startDate, LocalDate endDate) {
    }

    public record Section47(LocalDate startDate, LocalDate initialCpcTarget, LocalDate dateOfInitialCpc,
                            boolean icpcNotRequired) {
    }

    public record ProtectionPlan(LocalDate startDate, LocalDate endDate, String initialCategory, String latestCategory,
                                 int numberOfPreviousPlans, List<LocalDate> reviewDates) {

        public ProtectionPlan {
            reviewDates = List.copyOf(reviewDates);
        }
    }
}
