package uk.casetrail.app.monitoring;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.EventProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Latency per command and per projection handler, by message type ({@link MessageTimers}), in place of
 * Axon's Micrometer monitors ({@code axon-micrometer}, no longer a dependency).
 */
@Configuration(proxyBeanMethods = false)
class MessageMetricsConfiguration {

    @Bean
    ConfigurerModule messageTimers(MeterRegistry meters) {
        return configurer -> configurer
                .configureMessageMonitor(CommandBus.class,
                        (configuration, type, name) -> new MessageTimers(meters, "commandBus", Tags.empty()))
                .configureMessageMonitor(EventProcessor.class,
                        (configuration, type, name) -> new MessageTimers(meters, "eventProcessor", Tags.of("processorName", name)));
    }
}
