package uk.casetrail.returns.census.imports;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The events an import will record, each on its aggregate's stream in order and marked with its
 * provenance: the file's SHA-256 and the element it came from. Nothing is recorded until all are made.
 */
final class ImportedEvents {

    private final Map<String, Object> importer;
    private final List<DomainEventMessage<?>> events = new ArrayList<>();
    private final Map<String, Long> sequences = new HashMap<>();

    ImportedEvents(String sha256, String user, String role, String team) {
        this.importer = Map.of("user", user, "role", role, "team", team, "importSha256", sha256);
    }

    void add(String aggregateType, Object aggregateId, CensusElement from, Object event) {
        String id = aggregateId.toString();
        long sequence = sequences.merge(id, 0L, (previous, zero) -> previous + 1);
        Map<String, Object> metadata = new HashMap<>(importer);
        metadata.put("importElement", from.path());
        events.add(new GenericDomainEventMessage<>(aggregateType, id, sequence, event, metadata));
    }

    List<DomainEventMessage<?>> all() {
        return List.copyOf(events);
    }
}
