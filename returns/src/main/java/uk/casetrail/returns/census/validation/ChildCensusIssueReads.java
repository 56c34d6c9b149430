package uk.casetrail.returns.census.validation;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.casetrail.events.access.AccessAction;
import uk.casetrail.events.calendar.AuthorityTime;
import uk.casetrail.query.access.ReadKind;
import uk.casetrail.query.reading.InvalidQuery;
import uk.casetrail.query.reading.KnownChildren;
import uk.casetrail.query.reading.ReadPath;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * GET /api/children/{childId}/census-issues: what in this child's record would break a census rule,
 * for the practitioners who hold the case, so that it is mended while the work is fresh. By default
 * as if the return were made today.
 */
@RestController
class ChildCensusIssueReads {

    // A page of a caseload at most, so that one request stays quick.
    private static final int MOST_CHILDREN = 100;

    private final CinCensusValidation validation;
    private final ReadPath readPath;
    private final KnownChildren knownChildren;

    ChildCensusIssueReads(CinCensusValidation validation, ReadPath readPath, KnownChildren knownChildren) {
        this.validation = validation;
        this.readPath = readPath;
        this.knownChildren = knownChildren;
    }

    @GetMapping("/api/children/{childId}/census-issues")
    ChildCensusIssues issues(@PathVariable UUID childId,
                             @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate referenceDate) {
        knownChildren.require(childId);
        LocalDate date = referenceDate == null ? LocalDate.now(AuthorityTime.ZONE) : referenceDate;
        // The issues speak of the child's episodes, so they open to those who may open the case.
        return readPath.read(ReadKind.CASE_VIEW, "census-issues", childId,
                decision -> new ChildCensusIssues(childId, date, validation.issuesOf(List.of(childId), date).get(childId)));
    }

    /** Several children's issues in one answer (a caseload page's): a listing, like the caseload itself. */
    record CensusIssuesListing(LocalDate referenceDate, List<ChildCensusIssues> entries) {
    }

    /**
     * GET /api/census-issues?children=a,b: the issues of each listed child the reader may open; the
     * others are left out, as a listing leaves them out. Audited as one listing of the children shown.
     */
    @GetMapping("/api/census-issues")
    CensusIssuesListing issues(@RequestParam List<UUID> children,
                               @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate referenceDate) {
        List<UUID> asked = children.stream().distinct().toList();
        if (asked.isEmpty() || asked.size() > MOST_CHILDREN) {
            throw new InvalidQuery("children", "name 1 to " + MOST_CHILDREN + " children");
        }
        LocalDate date = referenceDate == null ? LocalDate.now(AuthorityTime.ZONE) : referenceDate;
        List<ReadPath.Visible<UUID>> visible = readPath.visible(ReadKind.CASE_VIEW, asked, Function.identity());
        Map<UUID, List<CensusIssue>> issues = validation.issuesOf(visible.stream().map(ReadPath.Visible::row).toList(), date);
        List<ChildCensusIssues> entries = issues.entrySet().stream()
                .map(e -> new ChildCensusIssues(e.getKey(), date, e.getValue())).toList();
        return readPath.answerListing("census-issues", AccessAction.VIEW, visible, new CensusIssuesListing(date, entries));
    }
}
