package uk.casetrail.returns.census.validation;

import uk.casetrail.returns.census.ReturnedChild;

/** How many of each module the return holds, for the data officers' Returns page. */
public record ModuleCounts(int children, int episodes, int assessments, int cinPlans, int section47s,
                           int protectionPlans, int reviews) {

    static final ModuleCounts NONE = new ModuleCounts(0, 0, 0, 0, 0, 0, 0);

    ModuleCounts plus(ReturnedChild child) {
        int assessmentCount = 0;
        int planCount = 0;
        int enquiryCount = 0;
        int protectionCount = 0;
        int reviewCount = 0;
        for (ReturnedChild.CinDetails e : child.episodes()) {
            assessmentCount += e.assessments().size();
            planCount += e.cinPlans().size();
            enquiryCount += e.section47s().size();
            protectionCount += e.protectionPlans().size();
            reviewCount += e.protectionPlans().stream().mapToInt(p -> p.reviewDates().size()).sum();
        }
        return new ModuleCounts(children + 1, episodes + child.episodes().size(), assessments + assessmentCount,
                cinPlans + planCount, section47s + enquiryCount, protectionPlans + protectionCount, reviews + reviewCount);
    }
}
