package uk.casetrail.app.synthetic;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.casetrail.app.support.CasetrailIntegrationTest;
import uk.casetrail.app.support.Projections;
import uk.casetrail.query.rebuild.ProjectionRebuild;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The generator loads a whole synthetic authority through the command path: no journey it draws
 * breaks a rule, the proportions look like children's services, and the read models include it.
 */
@CasetrailIntegrationTest
class SyntheticAuthorityTest {

    private static final long SEED = 20261125L;

    @Autowired
    SyntheticAuthority authority;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ProjectionRebuild projections;

    @Test
    void a_synthetic_authority_is_recorded_without_a_refusal_in_realistic_proportions() throws Exception {
        List<String> progress = new ArrayList<>();
        SyntheticAuthority.Made made = authority.make(new SyntheticAuthority.Plan(600, SEED, 3, 4), progress::add);

        assertThat(made.rejected()).isZero();
        assertThat(progress).last().asString().startsWith("synthetic authority: 600 of 600 children");
        long contacts = count("ContactRecorded");
        long endedAtContact = count("ContactClosed");
        long plans = count("ChildProtectionPlanStarted");
        assertThat(count("ChildRegistered")).isEqualTo(600);
        assertThat(contacts).isGreaterThan(600);
        assertThat(endedAtContact).as("most contacts end without a referral").isGreaterThan(contacts / 2);
        assertThat(plans).as("a minority reach a plan").isBetween(3L, 60L);
        assertThat(count("ChildProtectionPlanReviewed") + count("CaseClosed") + count("AssessmentCompleted")).isPositive();

        Projections.awaitCaughtUp(projections);
        assertThat(jdbc.sql("""
                SELECT count(*) FROM case_view WHERE case_id::text IN (
                    SELECT aggregate_identifier FROM domain_event_entry
                    WHERE payload_type LIKE '%.ContactRecorded' AND convert_from(meta_data, 'UTF8')::jsonb ->> 'correlationId' = ?)""")
                .param("synthetic-" + SEED).query(Long.class).single()).isEqualTo(contacts);
    }

    private long count(String eventType) {
        return jdbc.sql("""
                        SELECT count(*) FROM domain_event_entry WHERE payload_type LIKE ?
                        AND convert_from(meta_data, 'UTF8')::jsonb ->> 'correlationId' = ?""")
                .param("%." + eventType).param("synthetic-" + SEED).query(Long.class).single();
    }
}
