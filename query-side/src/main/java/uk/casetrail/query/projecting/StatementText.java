package uk.casetrail.query.projecting;

import org.springframework.jdbc.core.SqlParameter;
import org.springframework.jdbc.core.SqlTypeValue;
import org.springframework.jdbc.core.StatementCreatorUtils;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterUtils;
import org.springframework.jdbc.core.namedparam.ParsedSql;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A projection statement's text with its named parameters made positional, parsed once per text by
 * Spring's own parser: a statement's values are kept by the index of their name, and bound in the
 * order of the placeholders as {@code NamedParameterJdbcTemplate} would bind them, without looking
 * each name up again for every statement sent.
 */
final class StatementText {

    private static final Map<String, StatementText> PARSED = new ConcurrentHashMap<>();
    private static final Object UNSET = new Object();

    private final String sql;
    private final String positional;
    /** Each name once, in the order it first appears. */
    private final String[] names;
    /** For each placeholder, the index of its name (a name used twice has two placeholders). */
    private final int[] placeholders;

    private StatementText(String sql) {
        ParsedSql parsed = NamedParameterUtils.parseSqlStatement(sql);
        List<String> inOrder = NamedParameterUtils.buildSqlParameterList(parsed, new MapSqlParameterSource()).stream()
                .map(SqlParameter::getName).toList();
        this.sql = sql;
        this.positional = NamedParameterUtils.substituteNamedParameters(parsed, null);
        this.names = inOrder.stream().distinct().toArray(String[]::new);
        this.placeholders = inOrder.stream().mapToInt(name -> Arrays.asList(names).indexOf(name)).toArray();
    }

    static StatementText of(String sql) {
        return PARSED.computeIfAbsent(sql, StatementText::new);
    }

    String sql() {
        return sql;
    }

    String positional() {
        return positional;
    }

    /** Values for the text's names, none given yet. */
    Object[] unset() {
        Object[] values = new Object[names.length];
        Arrays.fill(values, UNSET);
        return values;
    }

    int indexOf(String name) {
        for (int i = 0; i < names.length; i++) {
            if (names[i].equals(name)) {
                return i;
            }
        }
        // A misspelt name would otherwise be dropped, and the parameter it was meant for fail as unset.
        throw new IllegalArgumentException("no parameter :" + name + " in " + sql);
    }

    void requireAllSet(Object[] values) {
        for (int i = 0; i < names.length; i++) {
            if (values[i] == UNSET) {
                throw new IllegalArgumentException("no value given for :" + names[i] + " in " + sql);
            }
        }
    }

    /**
     * Binds the values as Spring would for PostgreSQL's driver: the common kinds directly, where
     * Spring asked the connection's metadata which driver it is for every null, and tried a row of
     * other kinds before each value (a replay spent a tenth of its Java time there); any other kind
     * (arrays, dates) through Spring's conversions.
     */
    void bind(PreparedStatement statement, Object[] values) throws SQLException {
        for (int p = 0; p < placeholders.length; p++) {
            Object value = values[placeholders[p]];
            int index = p + 1;
            if (value == null) {
                statement.setNull(index, Types.NULL);
            } else if (value instanceof String text) {
                statement.setString(index, text);
            } else if (value instanceof UUID || value instanceof Long || value instanceof Integer || value instanceof Boolean
                    || value instanceof Timestamp) {
                statement.setObject(index, value);
            } else {
                StatementCreatorUtils.setParameterValue(statement, index, SqlTypeValue.TYPE_UNKNOWN, value);
            }
        }
    }
}
