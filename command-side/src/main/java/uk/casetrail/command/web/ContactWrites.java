package uk.casetrail.command.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import uk.casetrail.command.casework.AllocateCase;
import uk.casetrail.command.casework.DecideOnContact;
import uk.casetrail.command.casework.RecordContact;
import uk.casetrail.command.casework.RecordPrimaryNeed;
import uk.casetrail.command.journey.InvalidEntry;
import uk.casetrail.events.codes.PrimaryNeed;
import uk.casetrail.events.codes.ReferralSource;
import uk.casetrail.events.ids.CaseId;
import uk.casetrail.events.ids.ChildId;
import uk.casetrail.events.referral.ReferralDecision;

import java.time.Instant;

/** The front door: recording a contact, deciding on it (and its primary need), and allocating the case. */
@RestController
class ContactWrites {

    record Contact(@NotNull ChildId childId, @NotNull Instant contactReceivedAt,
                   @NotNull ReferralSource referralSource, String summary) {
    }

    record Decision(@NotNull ReferralDecision decision, @NotNull Instant decidedAt, PrimaryNeed primaryNeed,
                    String rationale) {
    }

    record Need(@NotNull PrimaryNeed primaryNeed, @NotBlank String reason) {
    }

    record Allocation(@NotBlank String worker, @NotBlank String team) {
    }

    private final CommandSubmission submission;
    private final Actors actors;

    ContactWrites(CommandSubmission submission, Actors actors) {
        this.submission = submission;
        this.actors = actors;
    }

    @PostMapping("/api/cases")
    ResponseEntity<WriteAnswer> recordContact(@Valid @RequestBody Contact body, WriteContext context) {
        CaseId caseId = CaseId.random();
        // The team that receives the contact holds the case until it is allocated.
        String team = actors.current().team();
        if (team == null) {
            throw new InvalidEntry("team", "only a member of a team can receive a contact");
        }
        return submission.submit(context, WriteTarget.newCase(caseId), HttpStatus.CREATED, body,
                () -> new RecordContact(caseId, body.childId(), body.contactReceivedAt(), body.referralSource(),
                        body.summary(), team),
                WriteAnswer.onCase(caseId, caseId));
    }

    @PostMapping("/api/cases/{caseId}/referral-decision")
    ResponseEntity<WriteAnswer> decide(@PathVariable CaseId caseId, @Valid @RequestBody Decision body, WriteContext context) {
        return submission.submit(context, WriteTarget.existingCase(caseId), HttpStatus.OK, body,
                () -> new DecideOnContact(caseId, body.decision(), body.decidedAt(), body.primaryNeed(),
                        body.rationale()),
                WriteAnswer.onCase(caseId, caseId));
    }

    @PostMapping("/api/cases/{caseId}/primary-need")
    ResponseEntity<WriteAnswer> recordPrimaryNeed(@PathVariable CaseId caseId, @Valid @RequestBody Need body, WriteContext context) {
        return submission.submit(context, WriteTarget.existingCase(caseId), HttpStatus.OK, body,
                () -> new RecordPrimaryNeed(caseId, body.primaryNeed(), body.reason()),
                WriteAnswer.onCase(caseId, caseId));
    }

    @PostMapping("/api/cases/{caseId}/allocation")
    ResponseEntity<WriteAnswer> allocate(@PathVariable CaseId caseId, @Valid @RequestBody Allocation body, WriteContext context) {
        return submission.submit(context, WriteTarget.existingCase(caseId), HttpStatus.OK, body,
                () -> new AllocateCase(caseId, body.worker(), body.team()),
                WriteAnswer.onCase(caseId, caseId));
    }

}
