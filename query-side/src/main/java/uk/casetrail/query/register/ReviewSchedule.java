package uk.casetrail.query.register;

import java.time.LocalDate;

/**
 * When a child protection plan's next review conference is due: within 3 months of the initial
 * conference, then within 6 months of each review (Working Together).
 */
public final class ReviewSchedule {

    private ReviewSchedule() {
    }

    public static LocalDate nextReviewDue(LocalDate planStartedOn, LocalDate lastReviewOn) {
        return lastReviewOn == null ? planStartedOn.plusMonths(3) : lastReviewOn.plusMonths(6);
    }
}
