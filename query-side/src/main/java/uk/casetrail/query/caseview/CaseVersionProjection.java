package uk.casetrail.query.caseview;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import uk.casetrail.query.projecting.ProjectionWrites;
import org.springframework.stereotype.Component;
import uk.casetrail.events.CaseEvent;

/**
 * Records in the case view the version of the case it reflects, after every event of the case, so
 * that a read can wait until it shows the writer's own write.
 */
@Component
@ProcessingGroup(CaseRecordProcessor.NAME)
class CaseVersionProjection {

    private final ProjectionWrites writes;

    CaseVersionProjection(ProjectionWrites writes) {
        this.writes = writes;
    }

    @EventHandler
    void on(CaseEvent event, @SequenceNumber long version) {
        writes.sql("UPDATE case_view SET version = GREATEST(version, :version) WHERE case_id = :case")
                .param("version", version).param("case", event.caseId().value())
                .updateLatestOnly("case-version:" + event.caseId().value());
    }
}
