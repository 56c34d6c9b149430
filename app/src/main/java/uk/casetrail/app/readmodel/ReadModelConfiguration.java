package uk.casetrail.app.readmodel;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.casetrail.query.projecting.ProjectionCommits;
import uk.casetrail.query.rebuild.ProjectionRebuild;

import java.time.Duration;

/**
 * Projections run in pooled streaming processors whose tokens live in PostgreSQL, so their segments
 * are claimed by whichever nodes run and a read model can be rebuilt by resetting its tokens.
 */
@Configuration(proxyBeanMethods = false)
public class ReadModelConfiguration {

    /**
     * @param tokenRefresh how often a segment with nothing to do stores its token anyway; progress
     *                     (rebuild, catching up) is read from the stored tokens, so this bounds how
     *                     stale that progress can look
     */
    @Bean
    ConfigurerModule pooledProcessors(@Value("${casetrail.projections.token-refresh:1s}") Duration tokenRefresh,
                                      JdbcTemplate jdbc) {
        ProjectionCommits commits = new ProjectionCommits(jdbc);
        return configurer -> {
            configurer.eventProcessing()
                    .usingPooledStreamingEventProcessors()
                    .registerPooledStreamingEventProcessorConfiguration(
                            (configuration, builder) -> builder.claimExtensionThreshold(tokenRefresh.toMillis()));
            for (String processor : ProjectionRebuild.PROCESSORS) {
                configurer.eventProcessing().registerHandlerInterceptor(processor, configuration -> commits);
            }
        };
    }

    /**
     * A projection that cannot handle an event stops there and tries again, rather than logging the error
     * and moving on (Axon's default). Moving on left a silent hole: a child's chronology without the entry,
     * a case view short of a step, access control without a restriction. Stopped, the projection's segment
     * shows the error and its lag grows in health and metrics, its batch is rolled back whole, and once the
     * cause is mended it carries on from the event that failed; the access-control projection, which runs in
     * the writer's own transaction, refuses the write instead.
     */
    @Bean
    ConfigurerModule failedEventsAreRetriedNotSkipped() {
        return configurer -> configurer.eventProcessing()
                .registerDefaultListenerInvocationErrorHandler(configuration -> PropagatingErrorHandler.instance());
    }
}
