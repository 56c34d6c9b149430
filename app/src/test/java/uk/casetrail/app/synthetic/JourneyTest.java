package uk.casetrail.app.synthetic;

import org.axonframework.commandhandling.CommandMessage;
import org.junit.jupiter.api.Test;
import uk.casetrail.command.casework.DecideOnContact;
import uk.casetrail.command.casework.RecordContact;
import uk.casetrail.command.child.RegisterChild;
import uk.casetrail.events.calendar.WorkingDayCalendar;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The synthetic authority is reproducible from its seed, and its people are made up. */
class JourneyTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
    private static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.englandAndWales();
    private static final Staff STAFF = Staff.of(20);

    private static List<Object> journey(long seed, int child) {
        return Journey.of(seed, child, 3, TODAY, CALENDAR, STAFF).stream().map(CommandMessage::getPayload).map(Object.class::cast).toList();
    }

    @Test
    void the_same_seed_gives_the_same_children_and_another_seed_other_children() {
        for (int child = 0; child < 50; child++) {
            assertThat(journey(42, child)).isEqualTo(journey(42, child));
            assertThat(journey(43, child).get(0)).isNotEqualTo(journey(42, child).get(0));
        }
    }

    @Test
    void every_decision_comes_after_its_contact() {
        for (int child = 0; child < 300; child++) {
            java.util.Map<Object, java.time.Instant> received = new java.util.HashMap<>();
            for (Object command : journey(11, child)) {
                if (command instanceof RecordContact contact) {
                    received.put(contact.caseId(), contact.contactReceivedAt());
                } else if (command instanceof DecideOnContact decision) {
                    assertThat(decision.decidedAt()).isAfter(received.get(decision.caseId()));
                }
            }
        }
    }

    @Test
    void every_journey_starts_with_a_registration_and_stays_in_the_past() {
        for (int child = 0; child < 200; child++) {
            List<Object> commands = journey(7, child);
            assertThat(commands.get(0)).isInstanceOf(RegisterChild.class);
            RegisterChild registered = (RegisterChild) commands.get(0);
            assertThat(registered.details().givenName()).isIn("Amara", "Ben", "Chloe", "Dev", "Ellie", "Finn", "Grace", "Hamza",
                    "Isla", "Jack", "Kai", "Lily", "Mason", "Nia", "Oscar", "Poppy", "Rhys", "Sofia", "Theo", "Zara");
            assertThat(registered.details().dateOfBirth()).isBefore(TODAY);
            assertThat(commands.size()).isGreaterThanOrEqualTo(3);
        }
    }
}
