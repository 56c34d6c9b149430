package uk.casetrail.app.synthetic;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import uk.casetrail.command.journey.Today;
import uk.casetrail.events.calendar.WorkingDayCalendar;

/** The synthetic authority generator and its bulk copies, for the generate and bench commands. */
@Configuration(proxyBeanMethods = false)
class SyntheticConfiguration {

    @Bean
    SyntheticAuthority syntheticAuthority(CommandGateway gateway, WorkingDayCalendar calendar, Today today) {
        return new SyntheticAuthority(gateway, calendar, today.date());
    }

    @Bean
    BulkAuthority bulkAuthority(EventStore eventStore, @Qualifier("eventSerializer") Serializer eventSerializer,
                                TransactionTemplate transaction, JdbcTemplate jdbc) {
        return new BulkAuthority(eventStore, eventSerializer, transaction, jdbc);
    }
}
