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
import uk.casetrail.command.casework.CloseCase;
import uk.casetrail.command.casework.ReopenCase;
import uk.casetrail.events.codes.ClosureReason;
import uk.casetrail.events.ids.CaseId;

import java.time.LocalDate;

/** Closing a case (the team manager's sign-off) and reopening it. */
@RestController
class ClosureWrites {

    record Closure(@NotNull LocalDate closedOn, @NotNull ClosureReason reason) {
    }

    record Reopening(@NotNull LocalDate reopenedOn, @NotBlank String reason) {
    }

    private final CommandSubmission submission;

    ClosureWrites(CommandSubmission submission) {
        this.submission = submission;
    }

    @PostMapping("/api/cases/{caseId}/closure")
    ResponseEntity<WriteAnswer> close(@PathVariable CaseId caseId, @Valid @RequestBody Closure body, WriteContext context) {
        return submission.submit(context, WriteTarget.existingCase(caseId), HttpStatus.OK, body,
                () -> new CloseCase(caseId, body.closedOn(), body.reason()),
                WriteAnswer.onCase(caseId, caseId));
    }

    @PostMapping("/api/cases/{caseId}/reopening")
    ResponseEntity<WriteAnswer> reopen(@PathVariable CaseId caseId, @Valid @RequestBody Reopening body, WriteContext context) {
        return submission.submit(context, WriteTarget.existingCase(caseId), HttpStatus.OK, body,
                () -> new ReopenCase(caseId, body.reopenedOn(), body.reason()),
                WriteAnswer.onCase(caseId, caseId));
    }
}
