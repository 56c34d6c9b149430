package uk.casetrail.returns.census.validation;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.casetrail.query.access.ReadKind;
import uk.casetrail.query.reading.KnownChildren;
import uk.casetrail.query.reading.ReadPath;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

/**
 * GET /api/children/{childId}/census-issues: what in this child's record would break a census rule,
 * for the practitioners who hold the case, so that it is mended while the work is fresh. By default
 * as if the return were made today.
 */
@RestController
class ChildCensusIssueReads {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

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
        LocalDate date = referenceDate == null ? LocalDate.now(LONDON) : referenceDate;
        // The issues speak of the child's episodes, so they open to those who may open the case.
        return readPath.read(ReadKind.CASE_VIEW, "census-issues", childId,
                decision -> new ChildCensusIssues(childId, date, validation.issuesOf(childId, date)));
    }
}
