package uk.casetrail.query.caseview;

/**
 * The streaming processor that keeps the state of children and cases: child details, case views,
 * assessments, allocations, visits, involvements and child protection plans. One processor, so that
 * all of a case's rows move together and a plan can find its case's child.
 */
public final class CaseRecordProcessor {

    public static final String NAME = "case-record";

    private CaseRecordProcessor() {
    }
}
