package uk.casetrail.query.rebuild;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * The read models a rebuild builds beside the ones in use, in a schema of their own, and puts in
 * their place in one transaction once complete. Until then practitioners read, and access is decided
 * on, the read models as they stood when the rebuild began, never a half-built one; a rebuild that
 * fails or is cut short leaves them as they were.
 * <p>
 * The copies are made from the catalogue, so they follow the migrations: columns, defaults, checks and
 * storage settings (the case rows' fill factor), then the keys and unique indexes the projections'
 * upserts need, and the indexes they look rows up by. The other indexes are built once the log is
 * replayed rather than kept up row by row during it (kept up, they cost more than they take to build:
 * 16.2 s of PostgreSQL's statement execution against 13.8 in a rebuild of 410,005 events), each under
 * its own name, which later migrations refer to.
 */
@Component
class RebuiltTables {

    static final String SCHEMA = "casetrail_rebuild";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;

    RebuiltTables(JdbcTemplate jdbc, TransactionTemplate transaction) {
        this.jdbc = jdbc;
        this.transaction = transaction;
    }

    /**
     * Empty copies of the tables, with their keys, unique indexes and the named lookup indexes; a copy
     * left by an earlier rebuild is dropped.
     *
     * @throws IllegalStateException if a lookup index is not an index of one of the tables
     */
    void create(List<String> tables, Set<String> lookups) {
        transaction.executeWithoutResult(tx -> {
            jdbc.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
            jdbc.execute("CREATE SCHEMA " + SCHEMA);
            for (String table : tables) {
                refuseWhatACopyWouldLose(table);
                jdbc.execute("CREATE TABLE " + SCHEMA + "." + table + " (LIKE public." + table + " INCLUDING ALL EXCLUDING INDEXES)");
                List<String> options = jdbc.queryForList("SELECT unnest(reloptions) FROM pg_class WHERE oid = ?::regclass",
                        String.class, "public." + table);
                if (!options.isEmpty()) {
                    jdbc.execute("ALTER TABLE " + SCHEMA + "." + table + " SET (" + String.join(", ", options) + ")");
                }
                for (Map<String, Object> key : jdbc.queryForList("""
                        SELECT conname AS name, pg_get_constraintdef(oid) AS definition FROM pg_constraint
                        WHERE conrelid = ?::regclass AND contype IN ('p', 'u', 'x') ORDER BY conname""", "public." + table)) {
                    jdbc.execute("ALTER TABLE " + SCHEMA + "." + table + " ADD CONSTRAINT " + key.get("name") + " " + key.get("definition"));
                }
                indexes(table, index -> index.unique() || lookups.contains(index.name())).forEach(jdbc::execute);
            }
            Set<String> missing = new TreeSet<>(lookups);
            missing.removeAll(jdbc.queryForList("SELECT indexname FROM pg_indexes WHERE schemaname = ?", String.class, SCHEMA));
            if (!missing.isEmpty()) {
                throw new IllegalStateException("no index " + missing + " on the read models to look rows up by while replaying");
            }
        });
    }

    /** The other indexes, built on the complete copies, and the planner's statistics for them. */
    void complete(List<String> tables, Set<String> lookups) {
        for (String table : tables) {
            indexes(table, index -> !index.unique() && !lookups.contains(index.name())).forEach(jdbc::execute);
            jdbc.execute("ANALYZE " + SCHEMA + "." + table);
        }
    }

    /**
     * Puts the copies in place of the tables, within the caller's transaction. Reads of the tables
     * wait for it (it takes each table's exclusive lock, in the order given, and waits at most
     * {@code lockWait} for one); what they ran before reads the tables it replaces.
     */
    void replace(List<String> tables, Duration lockWait) {
        jdbc.execute("SET LOCAL lock_timeout = " + lockWait.toMillis());
        jdbc.execute("LOCK TABLE " + String.join(", ", tables.stream().map(t -> "public." + t).toList()) + " IN ACCESS EXCLUSIVE MODE");
        for (String table : tables) {
            jdbc.execute("DROP TABLE public." + table);
            jdbc.execute("ALTER TABLE " + SCHEMA + "." + table + " SET SCHEMA public");
        }
        jdbc.execute("DROP SCHEMA " + SCHEMA);
    }

    /** Drops the copies of a rebuild that did not complete. */
    void discard() {
        jdbc.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
    }

    /**
     * Within a replay's transaction: the projections' unqualified table names resolve to the copies,
     * and the copies are held until it commits, so that a copy dropped meanwhile fails the replay
     * rather than letting its name resolve to the table in use.
     */
    void writeToCopies(List<String> tables) {
        jdbc.execute("SET LOCAL search_path TO " + SCHEMA + ", public");
        jdbc.execute("LOCK TABLE " + String.join(", ", tables.stream().map(t -> SCHEMA + "." + t).toList()) + " IN ROW EXCLUSIVE MODE");
    }

    /** An index of a read model that backs no constraint. */
    private record Index(String name, boolean unique, String definition) {
    }

    /** The table's indexes that back no constraint and are chosen, as statements creating them on its copy. */
    private List<String> indexes(String table, Predicate<Index> chosen) {
        String qualified = " ON public." + table + " ";
        return jdbc.query("""
                        SELECT x.relname AS name, i.indisunique AS is_unique, pg_get_indexdef(i.indexrelid) AS definition
                        FROM pg_index i JOIN pg_class x ON x.oid = i.indexrelid
                        WHERE i.indrelid = ?::regclass
                          AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid AND c.conrelid = i.indrelid)
                        ORDER BY i.indexrelid""",
                        (rs, n) -> new Index(rs.getString("name"), rs.getBoolean("is_unique"), rs.getString("definition")),
                        "public." + table).stream()
                .filter(chosen)
                .map(Index::definition)
                .map(definition -> {
                    if (!definition.contains(qualified)) {
                        throw new IllegalStateException("cannot place an index of " + table + " on its copy: " + definition);
                    }
                    return definition.replace(qualified, " ON " + SCHEMA + "." + table + " ");
                })
                .toList();
    }

    /** A trigger, a foreign key or a view on a read model would not follow its copy: refused rather than lost. */
    private void refuseWhatACopyWouldLose(String table) {
        Integer dependents = jdbc.queryForObject("""
                SELECT (SELECT count(*) FROM pg_trigger WHERE tgrelid = ?::regclass AND NOT tgisinternal)
                     + (SELECT count(*) FROM pg_constraint WHERE contype = 'f' AND (conrelid = ?::regclass OR confrelid = ?::regclass))
                     + (SELECT count(*) FROM pg_depend d JOIN pg_rewrite r ON r.oid = d.objid
                        WHERE d.classid = 'pg_rewrite'::regclass AND d.refobjid = ?::regclass AND r.ev_class <> ?::regclass)""",
                Integer.class, "public." + table, "public." + table, "public." + table, "public." + table, "public." + table);
        if (dependents != null && dependents > 0) {
            throw new IllegalStateException("the read model " + table + " has triggers, foreign keys or views, which a rebuild's copy would lose");
        }
    }
}
