package uk.casetrail.query.child;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.messaging.annotation.MetaDataValue;
import uk.casetrail.query.projecting.ProjectionWrites;
import org.springframework.stereotype.Component;
import uk.casetrail.events.child.ChildDetailsCorrected;
import uk.casetrail.events.child.ChildRegistered;
import uk.casetrail.events.codes.CensusCode;
import uk.casetrail.events.codes.Disability;
import uk.casetrail.query.caseview.CaseRecordProcessor;

import java.time.LocalDate;
import java.util.stream.Collectors;

/** The child's current details, corrections applied. */
@Component
@ProcessingGroup(CaseRecordProcessor.NAME)
class ChildSummaryProjection {

    private final ProjectionWrites writes;

    ChildSummaryProjection(ProjectionWrites writes) {
        this.writes = writes;
    }

    @EventHandler
    void on(ChildRegistered e, @SequenceNumber long version, @MetaDataValue("team") String team) {
        writes.sql("""
                        INSERT INTO child_summary (child_id, la_child_id, given_name, family_name, date_of_birth,
                            expected_date_of_birth, sex, ethnicity, nhs_number, upn, upn_unknown_reason, former_upn,
                            date_of_death, disabilities, version, registered_by_team)
                        VALUES (:child, :la, :given, :family, :dob, :edob, :sex, :ethnicity, :nhs, :upn, :upnReason,
                            :formerUpn, :dod, :disabilities, :version, :team)
                        ON CONFLICT (child_id) DO NOTHING""")
                .param("child", e.childId().value())
                .param("la", e.laChildId().value())
                .param("given", e.givenName())
                .param("family", e.familyName())
                .param("dob", e.dateOfBirth())
                .param("edob", e.expectedDateOfBirth())
                .param("sex", code(e.sex()))
                .param("ethnicity", code(e.ethnicity()))
                .param("nhs", e.nhsNumber() == null ? null : e.nhsNumber().value())
                .param("upn", e.upn() == null ? null : e.upn().value())
                .param("upnReason", code(e.upnUnknownReason()))
                .param("formerUpn", e.formerUpn() == null ? null : e.formerUpn().value())
                .param("dod", e.dateOfDeath())
                .param("disabilities", e.disabilities().isEmpty() ? null
                        : e.disabilities().stream().map(Disability::code).collect(Collectors.joining(",")))
                .param("version", version)
                .param("team", team)
                .update();
    }

    @EventHandler
    void on(ChildDetailsCorrected e, @SequenceNumber long version) {
        String column = switch (e.field()) {
            case GIVEN_NAME -> "given_name";
            case FAMILY_NAME -> "family_name";
            case DATE_OF_BIRTH -> "date_of_birth";
            case EXPECTED_DATE_OF_BIRTH -> "expected_date_of_birth";
            case SEX -> "sex";
            case ETHNICITY -> "ethnicity";
            case NHS_NUMBER -> "nhs_number";
            case UPN -> "upn";
            case UPN_UNKNOWN_REASON -> "upn_unknown_reason";
            case FORMER_UPN -> "former_upn";
            case DATE_OF_DEATH -> "date_of_death";
            case DISABILITIES -> "disabilities";
        };
        boolean isDate = column.startsWith("date_of") || column.equals("expected_date_of_birth");
        Object value = isDate && e.value() != null ? LocalDate.parse(e.value()) : e.value();
        // The column name comes from the closed set above, never from input.
        writes.sql("UPDATE child_summary SET " + column + " = :value, version = :version WHERE child_id = :child")
                .param("value", value).param("version", version).param("child", e.childId().value())
                .update();
    }

    @ResetHandler
    void reset() {
        writes.sql("TRUNCATE child_summary").update();
    }

    private static String code(CensusCode code) {
        return code == null ? null : code.code();
    }
}
