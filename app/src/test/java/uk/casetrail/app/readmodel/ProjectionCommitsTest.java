package uk.casetrail.app.readmodel;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.AbstractEventProcessor;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import uk.casetrail.app.support.CasetrailIntegrationTest;
import uk.casetrail.query.projecting.ProjectionCommits;
import uk.casetrail.query.rebuild.ProjectionRebuild;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Projections' batches commit without waiting for the disk (SET LOCAL: their own transaction only). */
@CasetrailIntegrationTest
class ProjectionCommitsTest {

    @Autowired
    ProjectionCommits commits;

    @Autowired
    EventProcessingConfiguration processing;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transaction;

    @Test
    void every_projection_processor_commits_its_batches_without_waiting_for_the_flush() {
        for (String name : ProjectionRebuild.PROCESSORS) {
            AbstractEventProcessor processor = processing.eventProcessor(name, AbstractEventProcessor.class).orElseThrow();
            assertThat(processor.getHandlerInterceptors()).as(name).contains(commits);
        }
    }

    @Test
    void a_projection_batch_commits_without_waiting_for_the_flush() {
        List<String> seen = new ArrayList<>();
        transaction.executeWithoutResult(tx -> {
            // As production's server is set; the tests' embedded server runs with it off throughout.
            jdbc.execute("SET LOCAL synchronous_commit TO ON");
            BatchingUnitOfWork<EventMessage<?>> batch = new BatchingUnitOfWork<>(
                    List.of(GenericEventMessage.asEventMessage("one"), GenericEventMessage.asEventMessage("two")));
            batch.executeWithResult(() -> commits.handle(batch, () -> {
                seen.add(jdbc.queryForObject("SHOW synchronous_commit", String.class));
                return null;
            }));
        });
        assertThat(seen).containsExactly("off", "off");
    }
}
