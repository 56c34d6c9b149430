package uk.casetrail.app.readmodel;

import org.axonframework.config.ConfigurerModule;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

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
     * @param batchSize    how many events a segment handles in one transaction: one commit and one
     *                     token update per batch instead of per event is what lets a projection keep
     *                     up with a busy log and rebuild quickly; a batch takes what is there, it
     *                     never waits to fill, so a quiet log is projected as promptly as before
     */
    @Bean
    ConfigurerModule pooledProcessors(@Value("${casetrail.projections.token-refresh:1s}") Duration tokenRefresh,
                                      @Value("${casetrail.projections.batch-size:200}") int batchSize) {
        return configurer -> configurer.eventProcessing()
                .usingPooledStreamingEventProcessors()
                .registerPooledStreamingEventProcessorConfiguration(
                        (configuration, builder) -> builder.claimExtensionThreshold(tokenRefresh.toMillis()).batchSize(batchSize));
    }
}
