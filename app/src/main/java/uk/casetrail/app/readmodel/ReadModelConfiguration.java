package uk.casetrail.app.readmodel;

import org.axonframework.config.ConfigurerModule;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Projections run in pooled streaming processors whose tokens live in PostgreSQL, so their segments
 * are claimed by whichever nodes run and a read model can be rebuilt by resetting its tokens.
 */
@Configuration(proxyBeanMethods = false)
public class ReadModelConfiguration {

    @Bean
    ConfigurerModule pooledProcessors() {
        return configurer -> configurer.eventProcessing().usingPooledStreamingEventProcessors();
    }
}
