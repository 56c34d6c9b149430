package uk.casetrail.command.child;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import uk.casetrail.command.journey.InvalidEntry;
import uk.casetrail.command.journey.Required;
import uk.casetrail.command.journey.Today;
import uk.casetrail.events.child.ChildDetailsCorrected;
import uk.casetrail.events.child.ChildRecordRestricted;
import uk.casetrail.events.child.ChildRegistered;
import uk.casetrail.events.ids.ChildId;

import java.util.List;
import java.util.Objects;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** The child's record: who the child is, outside any one case. Details change only by correction. */
public class ChildRecord {

    @AggregateIdentifier
    private ChildId childId;
    private ChildDetails details;

    protected ChildRecord() {
        // for Axon: rebuilt from its events
    }

    @CommandHandler
    public ChildRecord(RegisterChild command, Today today) {
        ChildDetails d = Required.value("details", command.details());
        d.check(today);
        apply(new ChildRegistered(command.childId(), command.laChildId(), d.givenName(), d.familyName(),
                d.dateOfBirth(), d.expectedDateOfBirth(), d.sex(), d.ethnicity(), d.nhsNumber(), d.upn(),
                d.upnUnknownReason(), d.formerUpn(), d.dateOfDeath(), d.disabilities()));
    }

    @CommandHandler
    public void handle(CorrectChildDetail command, Today today) {
        Required.value("field", command.field());
        String reason = Required.text("reason", command.reason());
        ChildDetails corrected = details.with(command.field(), command.value());
        String before = details.textOf(command.field());
        String after = corrected.textOf(command.field());
        if (Objects.equals(before, after)) {
            throw new InvalidEntry("value", command.field().fieldName() + " is already " + (before == null ? "empty" : before));
        }
        corrected.check(today);
        apply(new ChildDetailsCorrected(childId, command.field(), after, before, reason));
    }

    @CommandHandler
    public void handle(RestrictRecord command) {
        String reason = Required.text("reason", command.reason());
        List<String> named = command.namedUsers() == null ? List.of()
                : command.namedUsers().stream().map(Required::optionalText).filter(Objects::nonNull).distinct().toList();
        if (named.isEmpty()) {
            throw new InvalidEntry("namedUsers", "name at least one user who may still open the record");
        }
        apply(new ChildRecordRestricted(childId, reason, named));
    }

    @EventSourcingHandler
    void on(ChildRegistered event) {
        childId = event.childId();
        details = new ChildDetails(event.givenName(), event.familyName(), event.dateOfBirth(),
                event.expectedDateOfBirth(), event.sex(), event.ethnicity(), event.nhsNumber(), event.upn(),
                event.upnUnknownReason(), event.formerUpn(), event.dateOfDeath(), event.disabilities());
    }

    @EventSourcingHandler
    void on(ChildDetailsCorrected event) {
        details = details.with(event.field(), event.value());
    }
}
