package uk.casetrail.command.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import uk.casetrail.command.casework.ConcludeSection47Enquiry;
import uk.casetrail.command.casework.HoldConference;
import uk.casetrail.command.casework.HoldStrategyDiscussion;
import uk.casetrail.command.casework.StartSection47Enquiry;
import uk.casetrail.events.codes.AbuseCategory;
import uk.casetrail.events.ids.CaseId;
import uk.casetrail.events.ids.ConferenceId;
import uk.casetrail.events.ids.EnquiryId;
import uk.casetrail.events.ids.StrategyDiscussionId;
import uk.casetrail.events.protection.ConferenceDecision;
import uk.casetrail.events.protection.ConferenceKind;
import uk.casetrail.events.protection.StrategyDecision;

import java.time.LocalDate;

/** The child protection path: strategy discussions, section 47 enquiries and conferences. */
@RestController
class ProtectionWrites {

    record StrategyDiscussion(@NotNull LocalDate heldOn, @NotNull StrategyDecision decision) {
    }

    record EnquiryStart(@NotNull LocalDate startedOn) {
    }

    record EnquiryConclusion(@NotNull LocalDate concludedOn, @NotNull Boolean icpcRequired) {
    }

    record Conference(@NotNull ConferenceKind kind, @NotNull LocalDate heldOn, @NotNull ConferenceDecision decision,
                      AbuseCategory category) {
    }

    private final CommandSubmission submission;

    ProtectionWrites(CommandSubmission submission) {
        this.submission = submission;
    }

    @PostMapping("/api/cases/{caseId}/strategy-discussions")
    ResponseEntity<WriteAnswer> strategyDiscussion(@PathVariable CaseId caseId, @Valid @RequestBody StrategyDiscussion body,
                                                   WriteContext context) {
        StrategyDiscussionId id = StrategyDiscussionId.random();
        return submission.submit(context, WriteTarget.existingCase(caseId), HttpStatus.CREATED, body,
                () -> new HoldStrategyDiscussion(caseId, id, body.heldOn(), body.decision()),
                WriteAnswer.onCase(id, caseId));
    }

    @PostMapping("/api/cases/{caseId}/section-47-enquiries")
    ResponseEntity<WriteAnswer> startEnquiry(@PathVariable CaseId caseId, @Valid @RequestBody EnquiryStart body,
                                             WriteContext context) {
        EnquiryId id = EnquiryId.random();
        return submission.submit(context, WriteTarget.existingCase(caseId), HttpStatus.CREATED, body,
                () -> new StartSection47Enquiry(caseId, id, body.startedOn()),
                WriteAnswer.onCase(id, caseId));
    }

    @PostMapping("/api/cases/{caseId}/section-47-enquiries/{enquiryId}/conclusion")
    ResponseEntity<WriteAnswer> concludeEnquiry(@PathVariable CaseId caseId, @PathVariable EnquiryId enquiryId,
                                                @Valid @RequestBody EnquiryConclusion body, WriteContext context) {
        return submission.submit(context, WriteTarget.existingCase(caseId), HttpStatus.OK, body,
                () -> new ConcludeSection47Enquiry(caseId, enquiryId, body.concludedOn(), body.icpcRequired()),
                WriteAnswer.onCase(enquiryId, caseId));
    }

    @PostMapping("/api/cases/{caseId}/conferences")
    ResponseEntity<WriteAnswer> conference(@PathVariable CaseId caseId, @Valid @RequestBody Conference body,
                                           WriteContext context) {
        ConferenceId id = ConferenceId.random();
        return submission.submit(context, WriteTarget.existingCase(caseId), HttpStatus.CREATED, body,
                () -> new HoldConference(caseId, id, body.kind(), body.heldOn(), body.decision(), body.category()),
                WriteAnswer.onCase(id, caseId));
    }
}
