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
import uk.casetrail.command.casework.CorrectCaseNote;
import uk.casetrail.command.casework.EndChildInNeedPlan;
import uk.casetrail.command.casework.RecordAgencyInvolvement;
import uk.casetrail.command.casework.RecordCaseNote;
import uk.casetrail.command.casework.StartChildInNeedPlan;
import uk.casetrail.events.ids.CaseId;
import uk.casetrail.events.ids.InvolvementId;
import uk.casetrail.events.ids.NoteId;
import uk.casetrail.events.ids.PlanId;
import uk.casetrail.events.recording.NoteKind;

import java.time.LocalDate;

/** Case notes and their corrections, partner agency involvements, child in need plans. */
@RestController
class RecordingWrites {

    record Note(@NotNull NoteKind kind, @NotNull LocalDate occurredOn, @NotBlank String summary, boolean significant,
                String source, boolean childSeen, boolean seenAlone, String location, String impact, String actionTaken) {
    }

    record NoteCorrection(@NotBlank String summary, @NotBlank String reason, String impact, String actionTaken) {
    }

    record Involvement(@NotBlank String agency, @NotBlank String practitioner, @NotBlank String role,
                       @NotNull LocalDate from) {
    }

    record PlanStart(@NotNull LocalDate startedOn) {
    }

    record PlanEnd(@NotNull LocalDate endedOn) {
    }

    private final CommandSubmission submission;

    RecordingWrites(CommandSubmission submission) {
        this.submission = submission;
    }

    @PostMapping("/api/cases/{caseId}/notes")
    ResponseEntity<WriteAnswer> note(@PathVariable CaseId caseId, @Valid @RequestBody Note body, WriteContext context) {
        NoteId id = NoteId.random();
        return submission.submit(context, WriteTarget.existingCase(caseId), HttpStatus.CREATED, body,
                () -> new RecordCaseNote(caseId, id, body.kind(), body.occurredOn(), body.summary(),
                        body.significant(), body.source(), body.childSeen(), body.seenAlone(), body.location(),
                        body.impact(), body.actionTaken()),
                WriteAnswer.onCase(id, caseId));
    }

    @PostMapping("/api/cases/{caseId}/notes/{noteId}/corrections")
    ResponseEntity<WriteAnswer> correctNote(@PathVariable CaseId caseId, @PathVariable NoteId noteId,
                                            @Valid @RequestBody NoteCorrection body, WriteContext context) {
        return submission.submit(context, WriteTarget.existingCase(caseId), HttpStatus.CREATED, body,
                () -> new CorrectCaseNote(caseId, noteId, body.summary(), body.reason(), body.impact(), body.actionTaken()),
                WriteAnswer.onCase(noteId, caseId));
    }

    @PostMapping("/api/cases/{caseId}/involvements")
    ResponseEntity<WriteAnswer> involvement(@PathVariable CaseId caseId, @Valid @RequestBody Involvement body,
                                            WriteContext context) {
        InvolvementId id = InvolvementId.random();
        return submission.submit(context, WriteTarget.existingCase(caseId), HttpStatus.CREATED, body,
                () -> new RecordAgencyInvolvement(caseId, id, body.agency(), body.practitioner(),
                        body.role(), body.from()),
                WriteAnswer.onCase(id, caseId));
    }

    @PostMapping("/api/cases/{caseId}/child-in-need-plans")
    ResponseEntity<WriteAnswer> startPlan(@PathVariable CaseId caseId, @Valid @RequestBody PlanStart body,
                                          WriteContext context) {
        PlanId id = PlanId.random();
        return submission.submit(context, WriteTarget.existingCase(caseId), HttpStatus.CREATED, body,
                () -> new StartChildInNeedPlan(caseId, id, body.startedOn()),
                WriteAnswer.onCase(id, caseId));
    }

    @PostMapping("/api/cases/{caseId}/child-in-need-plans/{planId}/end")
    ResponseEntity<WriteAnswer> endPlan(@PathVariable CaseId caseId, @PathVariable PlanId planId,
                                        @Valid @RequestBody PlanEnd body, WriteContext context) {
        return submission.submit(context, WriteTarget.existingCase(caseId), HttpStatus.OK, body,
                () -> new EndChildInNeedPlan(caseId, planId, body.endedOn()),
                WriteAnswer.onCase(planId, caseId));
    }
}
