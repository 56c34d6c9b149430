package uk.casetrail.returns.census.record;

import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import uk.casetrail.events.recording.CaseNoteCorrected;
import uk.casetrail.events.recording.CaseNoteRecorded;
import uk.casetrail.events.referral.ContactRecorded;
import uk.casetrail.query.caseview.CaseFiles;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Children's histories read straight from the event log as it stood at an instant (only events whose
 * recorded time is at or before it), a batch of children at a time in a fixed order, so that a whole
 * authority's year is never in memory and two reads at the same instant give the same answer.
 */
@Component
public class RecordedHistories {

    private static final int CHILDREN_PER_BATCH = 200;
    // The very predicate of the index that leaves notes out (migration V42), written out so that the planner uses it.
    private static final String WITHOUT_NOTES = "payload_type NOT IN ('" + CaseNoteRecorded.class.getName() + "', '"
            + CaseNoteCorrected.class.getName() + "')";

    private final JdbcClient jdbc;
    private final Serializer serializer;
    private final List<String> kinds = ChildHistory.KINDS.stream().map(Class::getName).toList();

    private final CaseFiles caseFiles;

    RecordedHistories(JdbcClient jdbc, Serializer serializer, CaseFiles caseFiles) {
        this.caseFiles = caseFiles;
        this.jdbc = jdbc;
        this.serializer = serializer;
    }

    public void forEachBatch(Instant asRecordedAt, Consumer<List<ChildHistory>> batch) {
        Map<String, List<String>> casesByChild = casesByChild(asRecordedAt);
        List<String> children = new ArrayList<>(casesByChild.keySet());
        for (int from = 0; from < children.size(); from += CHILDREN_PER_BATCH) {
            List<String> some = children.subList(from, Math.min(children.size(), from + CHILDREN_PER_BATCH));
            batch.accept(histories(some, casesByChild, asRecordedAt));
        }
    }

    /**
     * These children's histories as recorded at the instant (a child with no case has nothing the census
     * would show), in the order asked for.
     */
    public List<ChildHistory> of(Collection<UUID> children, Instant asRecordedAt) {
        if (children.isEmpty()) {
            return List.of();
        }
        Map<String, List<String>> cases = casesOf(children, asRecordedAt);
        return histories(new ArrayList<>(cases.keySet()), cases, asRecordedAt);
    }

    /**
     * The children's cases whose contact was recorded by then. Found through the case view's index on the
     * child (a case's child never changes), not by reading every contact in the log: a practitioner's
     * page asks this for the few children it shows. A contact recorded a moment ago may not be there yet.
     */
    private Map<String, List<String>> casesOf(Collection<UUID> children, Instant asRecordedAt) {
        Map<String, List<String>> cases = new LinkedHashMap<>();
        Map<String, String> childOfCase = new HashMap<>();
        caseFiles.caseIdsOf(children).forEach((child, ids) -> {
            cases.put(child.toString(), new ArrayList<>());
            ids.forEach(id -> childOfCase.put(id.toString(), child.toString()));
        });
        if (childOfCase.isEmpty()) {
            return cases;
        }
        jdbc.sql("""
                        SELECT aggregate_identifier FROM domain_event_entry
                        WHERE aggregate_identifier IN (:cases) AND payload_type = :contact
                          AND CAST(time_stamp AS timestamptz) <= CAST(:at AS timestamptz)
                        ORDER BY aggregate_identifier""")
                .param("cases", new ArrayList<>(childOfCase.keySet())).param("contact", ContactRecorded.class.getName())
                .param("at", asRecordedAt.toString())
                .query(String.class).list()
                .forEach(caseId -> cases.get(childOfCase.get(caseId)).add(caseId));
        return cases;
    }

    // Ids only: the children who had a case by then, each with its cases, ordered by child id.
    private Map<String, List<String>> casesByChild(Instant asRecordedAt) {
        Map<String, List<String>> cases = new LinkedHashMap<>();
        jdbc.sql("""
                        SELECT child_id, case_id FROM (
                            SELECT convert_from(payload, 'UTF8')::jsonb ->> 'childId' AS child_id, aggregate_identifier AS case_id
                            FROM domain_event_entry
                            WHERE payload_type = :contact AND CAST(time_stamp AS timestamptz) <= CAST(:at AS timestamptz)) contacts
                        ORDER BY child_id, case_id""")
                .param("contact", ContactRecorded.class.getName())
                .param("at", asRecordedAt.toString())
                .query(rs -> {
                    cases.computeIfAbsent(rs.getString("child_id"), c -> new ArrayList<>()).add(rs.getString("case_id"));
                });
        return cases;
    }

    private List<ChildHistory> histories(List<String> children, Map<String, List<String>> casesByChild, Instant asRecordedAt) {
        Map<String, ChildHistory> byAggregate = new HashMap<>();
        List<ChildHistory> histories = new ArrayList<>();
        for (String child : children) {
            ChildHistory history = new ChildHistory(UUID.fromString(child));
            histories.add(history);
            byAggregate.put(child, history);
            casesByChild.get(child).forEach(c -> byAggregate.put(c, history));
        }
        jdbc.sql("""
                        SELECT aggregate_identifier, payload_type, payload_revision, payload FROM domain_event_entry
                        WHERE aggregate_identifier IN (:aggregates) AND payload_type IN (:kinds) AND %s
                          AND CAST(time_stamp AS timestamptz) <= CAST(:at AS timestamptz)
                        ORDER BY global_index""".formatted(WITHOUT_NOTES))
                .param("aggregates", new ArrayList<>(byAggregate.keySet()))
                .param("kinds", kinds)
                .param("at", asRecordedAt.toString())
                .query(rs -> {
                    Object event = serializer.deserialize(new SimpleSerializedObject<>(rs.getBytes("payload"), byte[].class,
                            rs.getString("payload_type"), rs.getString("payload_revision")));
                    byAggregate.get(rs.getString("aggregate_identifier")).apply(event);
                });
        return histories;
    }
}
