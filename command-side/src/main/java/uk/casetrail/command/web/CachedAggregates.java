package uk.casetrail.command.web;

/**
 * The write model's in-memory aggregates, as far as a write needs them: a copy is used only when it
 * is known to be at the version the log holds, and dropped when it may be wrong.
 */
public interface CachedAggregates {

    /** Drops the copy, if any: the next command reads the aggregate from the log. */
    void forget(String aggregateId);

    /** A write's transaction is ending and its outcome is not known yet: trust no copy until it is. */
    void distrust(String aggregateId);

    /** A write of this node committed the aggregate at this version. */
    void committed(String aggregateId, long version);

    /** The log holds the aggregate at this version: drop the copy unless this node committed exactly that. */
    void keepOnlyIfAt(String aggregateId, long version);
}
