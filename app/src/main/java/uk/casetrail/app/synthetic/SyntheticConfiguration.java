package uk.casetrail.app.synthetic;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.casetrail.command.journey.Today;
import uk.casetrail.events.calendar.WorkingDayCalendar;

/** The synthetic authority generator, for the generate and bench commands. */
@Configuration(proxyBeanMethods = false)
class SyntheticConfiguration {

    @Bean
    SyntheticAuthority syntheticAuthority(CommandGateway gateway, WorkingDayCalendar calendar, Today today) {
        return new SyntheticAuthority(gateway, calendar, today.date());
    }
}
