package uk.casetrail.query.projecting;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Orders a batch's queued statements into as few JDBC batches as it can without changing what they
 * do. Sent in queue order, a batch of mixed events alternates statement texts (insert a case, update
 * its version, insert a chronology entry...), and each change of text is a round trip of its own:
 * a replay of the log spent most of its time waiting on those round trips.
 * <p>
 * A statement may join an earlier JDBC batch of the same text if no statement queued between them
 * could touch the same rows. Two statements could if they name a table in common (written or read)
 * and either names no id among its parameters or they share one: projections identify every row they
 * write or read by the ids of the records it belongs to (case, child, note, plan, event), and name
 * those ids as parameters. A statement whose rows are not named by the ids it is given (or which
 * names none, as a TRUNCATE) keeps its place against everything else on its tables.
 */
final class StatementSchedule {

    // Taken out before tables are looked for: a parameter named like a keyword (":from FROM case_view")
    // had made the keyword's table the word after it, "FROM", so the statement did not name case_view and
    // could be sent before the insert of the case it selects from, and insert nothing.
    private static final Pattern PARAMETERS_CASTS_AND_LITERALS = Pattern.compile("'(?:[^']|'')*'|::?[a-z_][a-z0-9_]*",
            Pattern.CASE_INSENSITIVE);
    // A word that ends a table's name and alias rather than being the alias.
    private static final String NOT_AN_ALIAS = "(?!(?:FROM|JOIN|INTO|UPDATE|TRUNCATE|WHERE|ON|SET|USING|LEFT|RIGHT|FULL|INNER"
            + "|CROSS|NATURAL|LATERAL|ORDER|GROUP|HAVING|LIMIT|OFFSET|VALUES|SELECT|RETURNING|UNION|EXCEPT|INTERSECT|AND|OR)\\b)";
    private static final String TABLE_AND_ALIAS = "[a-z_][a-z0-9_]*(?:\\s+(?:AS\\s+)?" + NOT_AN_ALIAS + "[a-z_][a-z0-9_]*)?";
    // After a keyword, a table (not LATERAL or ONLY), and after FROM a list of them, each with its alias.
    private static final Pattern TABLE = Pattern.compile(
            "\\b(?:INTO|UPDATE|FROM|JOIN|TRUNCATE(?:\\s+TABLE)?)\\s+(?:(?:LATERAL|ONLY)\\b\\s*)?" + NOT_AN_ALIAS
                    + "(" + TABLE_AND_ALIAS + "(?:\\s*,\\s*" + TABLE_AND_ALIAS + ")*)",
            Pattern.CASE_INSENSITIVE);
    private static final Map<String, Set<String>> TABLES_OF = new java.util.concurrent.ConcurrentHashMap<>();

    /** One statement to schedule: its text and the values of its parameters. */
    record Statement(String sql, Iterable<?> values) {
    }

    private StatementSchedule() {
    }

    /** The indexes of the statements, grouped into JDBC batches of one text each, in the order to send them. */
    static List<List<Integer>> of(List<Statement> statements) {
        List<List<Integer>> batches = new ArrayList<>();
        Map<String, Integer> lastBatchOfText = new HashMap<>();
        Map<String, Integer> lastOnTable = new HashMap<>();
        Map<String, Integer> lastWithoutIdsOnTable = new HashMap<>();
        Map<Row, Integer> lastOnRow = new HashMap<>();
        for (int i = 0; i < statements.size(); i++) {
            Statement statement = statements.get(i);
            Set<String> tables = tablesOf(statement.sql());
            List<UUID> ids = idsOf(statement.values());
            int mustFollow = -1;
            for (String table : tables) {
                if (ids.isEmpty()) {
                    mustFollow = Math.max(mustFollow, lastOnTable.getOrDefault(table, -1));
                } else {
                    mustFollow = Math.max(mustFollow, lastWithoutIdsOnTable.getOrDefault(table, -1));
                    for (UUID id : ids) {
                        mustFollow = Math.max(mustFollow, lastOnRow.getOrDefault(new Row(table, id), -1));
                    }
                }
            }
            Integer joinable = lastBatchOfText.get(statement.sql());
            int batch;
            if (joinable != null && joinable >= mustFollow) {
                batch = joinable;
            } else {
                batch = batches.size();
                batches.add(new ArrayList<>());
                lastBatchOfText.put(statement.sql(), batch);
            }
            batches.get(batch).add(i);
            for (String table : tables) {
                lastOnTable.merge(table, batch, Math::max);
                if (ids.isEmpty()) {
                    lastWithoutIdsOnTable.merge(table, batch, Math::max);
                }
                for (UUID id : ids) {
                    lastOnRow.merge(new Row(table, id), batch, Math::max);
                }
            }
        }
        return batches;
    }

    /** The rows of a table that belong to one record: hashed without building a string of the two for every lookup. */
    private record Row(String table, UUID id) {
    }

    static Set<String> tablesOf(String sql) {
        return TABLES_OF.computeIfAbsent(sql, text -> {
            Set<String> tables = new LinkedHashSet<>();
            Matcher matcher = TABLE.matcher(PARAMETERS_CASTS_AND_LITERALS.matcher(text).replaceAll(" "));
            while (matcher.find()) {
                for (String tableAndAlias : matcher.group(1).split(",")) {
                    tables.add(tableAndAlias.trim().split("\\s+")[0].toLowerCase(Locale.ROOT));
                }
            }
            return tables;
        });
    }

    /** The ids among the values, a UUID given as text and as a UUID being the same id. */
    private static List<UUID> idsOf(Iterable<?> values) {
        List<UUID> ids = new ArrayList<>(2);
        for (Object value : values) {
            UUID id = value instanceof UUID uuid ? uuid : value instanceof String text && isUuid(text) ? UUID.fromString(text) : null;
            // Not made distinct: an id given twice is only looked up twice.
            if (id != null) {
                ids.add(id);
            }
        }
        return ids;
    }

    /** Whether the text is a UUID, checked by hand: every text parameter of every queued statement is asked. */
    static boolean isUuid(String text) {
        if (text.length() != 36) {
            return false;
        }
        for (int i = 0; i < 36; i++) {
            char c = text.charAt(i);
            boolean hyphenHere = i == 8 || i == 13 || i == 18 || i == 23;
            if (hyphenHere ? c != '-' : !isHexDigit(c)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isHexDigit(char c) {
        return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
    }
}
