/**
 * The read side: projections of the event store (case view, chronology, child protection register,
 * statutory clocks, access audit) and the read API. The write side never depends on this module;
 * the two meet only in the event store.
 */
package uk.casetrail.query;
