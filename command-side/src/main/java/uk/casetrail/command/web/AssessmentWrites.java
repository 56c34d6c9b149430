package uk.casetrail.command.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import uk.casetrail.command.casework.CompleteAssessment;
import uk.casetrail.command.casework.RecordChildSeen;
import uk.casetrail.command.casework.StartAssessment;
import uk.casetrail.events.assessment.AssessmentOutcome;
import uk.casetrail.events.codes.Factor;
import uk.casetrail.events.ids.AssessmentId;
import uk.casetrail.events.ids.CaseId;

import java.time.LocalDate;
import java.util.List;

/** Single assessments: start, the child seen, completion. */
@RestController
class AssessmentWrites {

    record Start(@NotNull LocalDate startedOn) {
    }

    record Seen(@NotNull LocalDate seenOn, boolean seenAlone) {
    }

    record Completion(@NotNull LocalDate completedOn, @NotNull List<Factor> factors, @NotNull AssessmentOutcome outcome,
                      String lateReason) {
    }

    private final CommandSubmission submission;

    AssessmentWrites(CommandSubmission submission) {
        this.submission = submission;
    }

    @PostMapping("/api/cases/{caseId}/assessments")
    ResponseEntity<WriteAnswer> start(@PathVariable CaseId caseId, @Valid @RequestBody Start body, WriteContext context) {
        AssessmentId assessmentId = AssessmentId.random();
        return submission.submit(context, WriteTarget.existingCase(caseId), HttpStatus.CREATED, body,
                () -> new StartAssessment(caseId, assessmentId, body.startedOn()),
                WriteAnswer.onCase(assessmentId, caseId));
    }

    @PostMapping("/api/cases/{caseId}/assessments/{assessmentId}/child-seen")
    ResponseEntity<WriteAnswer> childSeen(@PathVariable CaseId caseId, @PathVariable AssessmentId assessmentId,
                                          @Valid @RequestBody Seen body, WriteContext context) {
        return submission.submit(context, WriteTarget.existingCase(caseId), HttpStatus.OK, body,
                () -> new RecordChildSeen(caseId, assessmentId, body.seenOn(), body.seenAlone()),
                WriteAnswer.onCase(assessmentId, caseId));
    }

    @PostMapping("/api/cases/{caseId}/assessments/{assessmentId}/completion")
    ResponseEntity<WriteAnswer> complete(@PathVariable CaseId caseId, @PathVariable AssessmentId assessmentId,
                                         @Valid @RequestBody Completion body, WriteContext context) {
        return submission.submit(context, WriteTarget.existingCase(caseId), HttpStatus.OK, body,
                () -> new CompleteAssessment(caseId, assessmentId, body.completedOn(), body.factors(),
                        body.outcome(), body.lateReason()),
                WriteAnswer.onCase(assessmentId, caseId));
    }
}
