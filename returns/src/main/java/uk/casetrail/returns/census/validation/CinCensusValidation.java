package uk.casetrail.returns.census.validation;

import org.springframework.stereotype.Component;
import uk.casetrail.events.access.AccessAction;
import uk.casetrail.events.calendar.WorkingDayCalendar;
import uk.casetrail.query.access.Reader;
import uk.casetrail.query.reading.ReadPath;
import uk.casetrail.returns.census.CensusYear;
import uk.casetrail.returns.census.ReturnedChild;
import uk.casetrail.returns.census.record.CensusReturns;
import uk.casetrail.returns.census.rules.CensusRule;
import uk.casetrail.returns.census.rules.CensusRules;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.UUID;

/**
 * Checks the return for a census year, as it would be made now, against the DfE's rules: the same
 * children, episodes and groups that the export writes. Callable without HTTP (the benchmark times it).
 */
@Component
public class CinCensusValidation {

    private final CensusReturns returns;
    private final ReadPath readPath;
    private final List<CensusRule> rules;

    CinCensusValidation(CensusReturns returns, ReadPath readPath, WorkingDayCalendar calendar) {
        this.returns = returns;
        this.readPath = readPath;
        this.rules = CensusRules.all(calendar);
    }

    /** The issues of the return, without auditing: for the benchmark and for tests of the rules at scale. */
    public CensusCheck check(LocalDate referenceDate) {
        CensusYear year = CensusYear.endingOn(referenceDate);
        List<CensusRule> acrossReturn = CensusRules.acrossReturn();
        List<CensusIssue> issues = new ArrayList<>();
        ModuleCounts[] counts = {ModuleCounts.NONE};
        returns.forEachBatch(year, Instant.now(), batch -> {
            for (ReturnedChild child : batch) {
                counts[0] = counts[0].plus(child);
                issues.addAll(issuesOf(child, year, rules));
                issues.addAll(issuesOf(child, year, acrossReturn));
            }
        });
        return new CensusCheck(referenceDate, counts[0].children(), counts[0], issues);
    }

    /**
     * The issues, for a reader: refused (403, audited) unless they make returns; the children whose
     * issues are answered are audited before the answer leaves.
     */
    public CensusCheck check(LocalDate referenceDate, Reader reader) {
        String resource = "cin-census-issues/" + referenceDate;
        readPath.requireStatutoryReturn(reader, resource, AccessAction.VIEW);
        CensusCheck check = check(referenceDate);
        readPath.answerStatutoryReturn(reader, resource, AccessAction.VIEW,
                check.issues().stream().map(CensusIssue::childId).distinct().toList());
        return check;
    }

    /**
     * These children's issues in the return for the year ending on the reference date, by child, in the
     * order asked for (the rules within one child's record; 8510 and 1520, across children, are checked
     * with the whole return). Not audited: the caller reads through the read path.
     */
    public Map<UUID, List<CensusIssue>> issuesOf(Collection<UUID> children, LocalDate referenceDate) {
        CensusYear year = CensusYear.endingOn(referenceDate);
        Map<UUID, List<CensusIssue>> issues = new LinkedHashMap<>();
        children.forEach(child -> issues.put(child, List.of()));
        returns.children(children, year).forEach(child -> issues.put(child.childId(), issuesOf(child, year, rules)));
        return issues;
    }

    private static List<CensusIssue> issuesOf(ReturnedChild child, CensusYear year, List<CensusRule> rules) {
        List<CensusIssue> issues = new ArrayList<>();
        for (CensusRule rule : rules) {
            rule.check(child, year).forEach(breach -> issues.add(new CensusIssue(child.childId(),
                    child.identifiers().laChildId(), breach.caseId(), rule.code(), rule.severity(), rule.field(),
                    rule.message())));
        }
        return issues;
    }
}
