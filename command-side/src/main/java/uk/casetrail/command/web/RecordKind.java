package uk.casetrail.command.web;

/** The two kinds of record a write may address, by the aggregate type the event store keeps. */
enum RecordKind {
    CHILD("ChildRecord", "child"),
    CASE("Case", "case");

    final String aggregateType;
    final String noun;

    RecordKind(String aggregateType, String noun) {
        this.aggregateType = aggregateType;
        this.noun = noun;
    }
}
