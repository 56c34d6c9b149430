package uk.casetrail.returns.census.record;

import uk.casetrail.events.calendar.WorkingDayCalendar;
import uk.casetrail.returns.census.CensusYear;
import uk.casetrail.returns.census.ReturnedChild;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What of a child's history goes into the return for one census year, by the specification's
 * inclusion rules: an episode open on any day of the year; an assessment, CIN plan, section 47
 * enquiry or protection plan running on any day of it; reviews held in it. Dates after the
 * reference date are left out, as they had not happened by then.
 */
public final class CensusInclusion {

    /** The national target for the initial conference, counted from the strategy discussion. */
    static final int INITIAL_CONFERENCE_WORKING_DAYS = 15;

    private final WorkingDayCalendar calendar;

    public CensusInclusion(WorkingDayCalendar calendar) {
        this.calendar = calendar;
    }

    public Optional<ReturnedChild> returned(ChildHistory child, CensusYear year) {
        List<ReturnedChild.CinDetails> episodes = child.episodes.stream()
                .filter(e -> e.referred && year.overlaps(e.referralDate, e.closedOn))
                .sorted(Comparator.comparing((EpisodeHistory e) -> e.referralDate).thenComparing(e -> e.caseId))
                .map(e -> details(child, e, year))
                .toList();
        if (episodes.isEmpty()) {
            return Optional.empty();
        }
        var identifiers = new ReturnedChild.Identifiers(child.detail("laChildId"), child.detail("upn"),
                child.detail("formerUpn"), child.detail("upnUnknownReason"), child.date("dateOfBirth"),
                child.date("expectedDateOfBirth"), child.detail("sex"), year.byReferenceDate(child.date("dateOfDeath")));
        var characteristics = new ReturnedChild.Characteristics(child.detail("ethnicity"), child.disabilities());
        return Optional.of(new ReturnedChild(child.childId, identifiers, characteristics, episodes));
    }

    private ReturnedChild.CinDetails details(ChildHistory child, EpisodeHistory e, CensusYear year) {
        LocalDate closedOn = year.byReferenceDate(e.closedOn);
        var assessments = e.assessments.values().stream()
                .filter(a -> year.overlaps(a.startedOn(), a.completedOn()))
                .map(a -> {
                    LocalDate authorised = year.byReferenceDate(a.completedOn());
                    return new ReturnedChild.Assessment(a.startedOn(), authorised, authorised == null ? List.of() : a.factors());
                }).toList();
        var cinPlans = e.childInNeedPlans.values().stream()
                .filter(p -> year.overlaps(p.startedOn(), p.endedOn()))
                .map(p -> new ReturnedChild.CinPlan(p.startedOn(), year.byReferenceDate(p.endedOn()))).toList();
        List<ReturnedChild.Section47> enquiries = new ArrayList<>();
        for (EpisodeHistory.Enquiry enquiry : e.enquiries.values()) {
            LocalDate icpc = initialConferenceAfter(e, enquiry, year);
            boolean notRequired = Boolean.FALSE.equals(enquiry.icpcRequired()) && year.byReferenceDate(enquiry.concludedOn()) != null;
            LocalDate ended = icpc != null ? icpc : notRequired ? enquiry.concludedOn() : null;
            if (year.overlaps(enquiry.startedOn(), ended)) {
                LocalDate target = enquiry.discussionHeldOn() == null ? null
                        : calendar.addWorkingDays(enquiry.discussionHeldOn(), INITIAL_CONFERENCE_WORKING_DAYS);
                enquiries.add(new ReturnedChild.Section47(enquiry.startedOn(), target, icpc, notRequired));
            }
        }
        // An initial conference in the year whose enquiry is not in this return is shown on the episode.
        LocalDate episodeIcpc = e.initialConferences.stream().filter(year::contains)
                .filter(d -> enquiries.stream().noneMatch(s -> d.equals(s.dateOfInitialCpc())))
                .max(Comparator.naturalOrder()).orElse(null);
        var plans = e.protectionPlans.values().stream()
                .filter(p -> year.overlaps(p.startedOn, p.endedOn))
                .map(p -> new ReturnedChild.ProtectionPlan(p.startedOn, year.byReferenceDate(p.endedOn),
                        p.categories.get(0).category(), latestCategory(p, year), previousPlans(child, p.startedOn),
                        p.reviews.stream().filter(year::contains).sorted().toList()))
                .toList();
        boolean noFurtherAction = closedOn != null && e.assessments.isEmpty() && e.enquiries.isEmpty()
                && e.protectionPlans.isEmpty() && e.childInNeedPlans.isEmpty();
        return new ReturnedChild.CinDetails(e.caseId, e.referralDate, e.referralSource, e.primaryNeed, closedOn,
                closedOn == null ? null : e.closureReason, episodeIcpc, noFurtherAction, assessments, cinPlans,
                enquiries, plans);
    }

    /** The initial conference that followed an enquiry that asked for one: the first on or after its conclusion. */
    private static LocalDate initialConferenceAfter(EpisodeHistory e, EpisodeHistory.Enquiry enquiry, CensusYear year) {
        if (!Boolean.TRUE.equals(enquiry.icpcRequired())) {
            return null;
        }
        return e.initialConferences.stream().filter(d -> !d.isBefore(enquiry.concludedOn()))
                .map(year::byReferenceDate).filter(Objects::nonNull).min(Comparator.naturalOrder()).orElse(null);
    }

    private static String latestCategory(EpisodeHistory.ProtectionPlan plan, CensusYear year) {
        return plan.categories.stream().filter(c -> c.category() != null && year.byReferenceDate(c.on()) != null)
                .reduce((first, second) -> second).map(EpisodeHistory.CategoryChange::category).orElse(null);
    }

    private static int previousPlans(ChildHistory child, LocalDate startedOn) {
        return (int) child.episodes.stream().flatMap(e -> e.protectionPlans.values().stream())
                .filter(p -> p.startedOn.isBefore(startedOn)).count();
    }
}
