package uk.casetrail.command.web;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import uk.casetrail.command.child.ChildDetails;
import uk.casetrail.command.child.CorrectChildDetail;
import uk.casetrail.command.child.RegisterChild;
import uk.casetrail.events.child.ChildDetail;
import uk.casetrail.events.codes.Disability;
import uk.casetrail.events.codes.Ethnicity;
import uk.casetrail.events.codes.Sex;
import uk.casetrail.events.codes.UpnUnknownReason;
import uk.casetrail.events.identity.LaChildId;
import uk.casetrail.events.identity.NhsNumber;
import uk.casetrail.events.identity.Upn;
import uk.casetrail.events.ids.ChildId;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

/** Registering a child and correcting the child's details. */
@RestController
class ChildWrites {

    record Registration(@NotBlank String givenName, @NotBlank String familyName, LocalDate dateOfBirth,
                        LocalDate expectedDateOfBirth, Sex sex, Ethnicity ethnicity, NhsNumber nhsNumber, Upn upn,
                        UpnUnknownReason upnUnknownReason, Upn formerUpn, LocalDate dateOfDeath,
                        List<Disability> disabilities) {
    }

    /** value is text, or a list of codes for disabilities; null clears the detail. */
    record Correction(@NotNull ChildDetail field, JsonNode value, @NotBlank String reason) {
    }

    private final CommandSubmission submission;
    private final ChildRecordWriters writers;

    ChildWrites(CommandSubmission submission, ChildRecordWriters writers) {
        this.submission = submission;
        this.writers = writers;
    }

    @PostMapping("/api/children")
    ResponseEntity<WriteAnswer> register(@Valid @RequestBody Registration body, WriteContext context) {
        ChildId childId = ChildId.random();
        ChildDetails details = new ChildDetails(body.givenName(), body.familyName(), body.dateOfBirth(),
                body.expectedDateOfBirth(), body.sex(), body.ethnicity(), body.nhsNumber(), body.upn(),
                body.upnUnknownReason(), body.formerUpn(), body.dateOfDeath(), body.disabilities());
        return submission.submit(context, WriteTarget.newChild(childId), HttpStatus.CREATED, body,
                () -> new RegisterChild(childId, LaChildId.derivedFrom(childId.value()), details),
                WriteAnswer.onChild(childId));
    }

    @PostMapping("/api/children/{childId}/corrections")
    ResponseEntity<WriteAnswer> correct(@PathVariable ChildId childId, @Valid @RequestBody Correction body,
                                        WriteContext context) {
        String value = asText(body.value());
        return submission.submit(context, WriteTarget.child(childId), HttpStatus.OK, body, () -> writers.requireMayCorrect(childId),
                () -> new CorrectChildDetail(childId, body.field(), value, body.reason()),
                WriteAnswer.onChild(childId));
    }

    private static String asText(JsonNode value) {
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isArray()) {
            return StreamSupport.stream(value.spliterator(), false).map(JsonNode::asText).collect(Collectors.joining(","));
        }
        return value.asText();
    }
}
