package uk.casetrail.command.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import uk.casetrail.command.child.RestrictRecord;
import uk.casetrail.events.ids.ChildId;

import java.util.List;

/** Restricting a child's record to named users (team manager or admin). */
@RestController
class RestrictionWrites {

    record Restriction(@NotBlank String reason, @NotEmpty List<String> namedUsers) {
    }

    private final CommandSubmission submission;
    private final ChildRecordWriters writers;

    RestrictionWrites(CommandSubmission submission, ChildRecordWriters writers) {
        this.submission = submission;
        this.writers = writers;
    }

    @PostMapping("/api/children/{childId}/restriction")
    ResponseEntity<WriteAnswer> restrict(@PathVariable ChildId childId, @Valid @RequestBody Restriction body,
                                         WriteContext context) {
        return submission.submit(context, WriteTarget.child(childId), HttpStatus.OK, body, () -> writers.requireMayRestrict(childId),
                () -> new RestrictRecord(childId, body.reason(), body.namedUsers()),
                WriteAnswer.onChild(childId));
    }
}
