package uk.casetrail.command.web;

import uk.casetrail.events.ids.CaseId;
import uk.casetrail.events.ids.ChildId;

/** The record a write addresses, and whether the write creates it or needs it to exist already. */
record WriteTarget(RecordKind kind, String aggregateId, boolean creates) {

    static WriteTarget newChild(ChildId id) {
        return new WriteTarget(RecordKind.CHILD, id.toString(), true);
    }

    static WriteTarget child(ChildId id) {
        return new WriteTarget(RecordKind.CHILD, id.toString(), false);
    }

    static WriteTarget newCase(CaseId id) {
        return new WriteTarget(RecordKind.CASE, id.toString(), true);
    }

    static WriteTarget existingCase(CaseId id) {
        return new WriteTarget(RecordKind.CASE, id.toString(), false);
    }
}
