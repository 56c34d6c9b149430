package uk.casetrail.app.monitoring;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.stereotype.Component;
import uk.casetrail.query.rebuild.ProjectionRebuild;
import uk.casetrail.query.rebuild.RebuildProgress;

/**
 * How many events the log holds, how far behind it each read model is, and how far a rebuild has
 * come: the figures an operator watches to know whether what practitioners see is current.
 * (Latency per command and per event handler comes from MessageTimers.)
 */
@Component
class ProjectionMetrics implements MeterBinder {

    private final ProjectionRebuild projections;

    ProjectionMetrics(ProjectionRebuild projections) {
        this.projections = projections;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        // Counted from the log itself, so it covers every node and only what was committed.
        FunctionCounter.builder("casetrail.events.appended", projections, ProjectionRebuild::logHead)
                .description("Events appended to the log (its head position)").baseUnit("events").register(registry);
        for (String processor : ProjectionRebuild.PROCESSORS) {
            Gauge.builder("casetrail.projection.lag", projections, p -> p.eventsBehind(processor))
                    .description("Events in the log that this projection processor has not handled yet")
                    .baseUnit("events").tag("processor", processor).register(registry);
        }
        // With no rebuild since start, the rebuild figures are zero (the lag gauges say how far behind the projections are).
        Gauge.builder("casetrail.rebuild.events.done", projections, p -> ofRebuild(p.progress(), p.progress().eventsDone()))
                .description("Events replayed by the current or last rebuild").baseUnit("events").register(registry);
        Gauge.builder("casetrail.rebuild.events.total", projections, p -> ofRebuild(p.progress(), p.progress().eventsTotal()))
                .description("Events the current or last rebuild has to replay").baseUnit("events").register(registry);
        Gauge.builder("casetrail.rebuild.running", projections, p -> running(p.progress()) ? 1 : 0)
                .description("1 while a rebuild runs").register(registry);
    }

    private static double ofRebuild(RebuildProgress progress, long figure) {
        return "IDLE".equals(progress.state()) ? 0 : figure;
    }

    private static boolean running(RebuildProgress progress) {
        return "RUNNING".equals(progress.state());
    }
}
