package uk.casetrail.app.writemodel;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.casetrail.command.casework.Case;
import uk.casetrail.command.casework.RegisteredChildren;
import uk.casetrail.command.child.ChildRecord;
import uk.casetrail.command.journey.Today;
import uk.casetrail.events.calendar.StatutoryTimescales;
import uk.casetrail.events.calendar.WorkingDayCalendar;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * Wires the aggregates into Axon without putting Spring into the domain classes, and gives their
 * command handlers what they need: the clock, the working-day calendar and the authority's timescales.
 */
@Configuration(proxyBeanMethods = false)
public class WriteModelConfiguration {

    @Bean
    ConfigurerModule aggregates() {
        return configurer -> configurer
                .configureAggregate(ChildRecord.class)
                .configureAggregate(Case.class);
    }

    /**
     * Copies who acted, from where and under which request from each command onto the events it
     * records. Axon's own message origin is kept as causationId (the command's id) and traceId.
     */
    @Bean
    CorrelationDataProvider actingMetadata() {
        return new SimpleCorrelationDataProvider("user", "role", "team", "correlationId", "clientAddress");
    }

    @Bean
    CorrelationDataProvider messageOrigin() {
        return new MessageOriginProvider("causationId", "traceId");
    }

    @Bean
    Clock clock() {
        return Clock.system(Today.AUTHORITY_ZONE);
    }

    @Bean
    Today today(Clock clock) {
        return new Today(clock);
    }

    @Bean
    WorkingDayCalendar workingDayCalendar(@Value("${casetrail.calendar.closure-days:}") List<LocalDate> closureDays) {
        return WorkingDayCalendar.englandAndWales(closureDays);
    }

    @Bean
    StatutoryTimescales statutoryTimescales(
            @Value("${casetrail.timescales.referral-decision-working-days:1}") int referralDecision,
            @Value("${casetrail.timescales.assessment-working-days:45}") int assessment,
            @Value("${casetrail.timescales.initial-conference-working-days:15}") int initialConference) {
        return new StatutoryTimescales(referralDecision, assessment, initialConference);
    }

    @Bean
    RegisteredChildren registeredChildren(EventStore eventStore) {
        return new StoredChildren(eventStore);
    }
}
