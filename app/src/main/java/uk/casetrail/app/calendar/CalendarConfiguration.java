package uk.casetrail.app.calendar;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.casetrail.command.journey.Today;
import uk.casetrail.events.calendar.AuthorityTime;
import uk.casetrail.events.calendar.StatutoryTimescales;
import uk.casetrail.events.calendar.WorkingDayCalendar;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/** The clock, the working-day calendar and the authority's statutory timescales, for both sides. */
@Configuration(proxyBeanMethods = false)
public class CalendarConfiguration {

    @Bean
    Clock clock() {
        return Clock.system(AuthorityTime.ZONE);
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
}
