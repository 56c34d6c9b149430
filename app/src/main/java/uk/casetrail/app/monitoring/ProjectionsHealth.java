package uk.casetrail.app.monitoring;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.stereotype.Component;
import uk.casetrail.query.rebuild.ProjectionRebuild;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The read models' health on this node: each projection processor must be running. A processor that
 * is behind, or whose segments are retrying after an error (say, the database was away), is up: it
 * is catching up by itself, and its lag and errors are in the details for whoever watches them.
 */
@Component("projections")
class ProjectionsHealth extends AbstractHealthIndicator {

    private final EventProcessingConfiguration processing;
    private final ProjectionRebuild projections;

    ProjectionsHealth(EventProcessingConfiguration processing, ProjectionRebuild projections) {
        super("projection processors could not be checked");
        this.processing = processing;
        this.projections = projections;
    }

    @Override
    protected void doHealthCheck(Health.Builder health) {
        boolean up = true;
        for (String name : ProjectionRebuild.PROCESSORS) {
            StreamingEventProcessor processor = processing.eventProcessor(name, StreamingEventProcessor.class).orElse(null);
            Map<String, Object> detail = new LinkedHashMap<>();
            boolean running = processor != null && processor.isRunning();
            boolean failing = processor != null
                    && processor.processingStatus().values().stream().anyMatch(EventTrackerStatus::isErrorState);
            detail.put("running", running);
            detail.put("segmentsHere", processor == null ? 0 : processor.processingStatus().size());
            detail.put("segmentsInError", failing);
            detail.put("eventsBehind", projections.eventsBehind(name));
            health.withDetail(name, detail);
            up &= processor != null && processor.isRunning();
        }
        if (up) {
            health.up();
        } else {
            health.down();
        }
    }
}
