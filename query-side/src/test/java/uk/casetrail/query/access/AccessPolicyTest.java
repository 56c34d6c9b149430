package uk.casetrail.query.access;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The access policy as a table: role x relationship x restriction -> permit (with basis) or deny.
 * The reader is user "u" in team "T"; the relationship column says how u or T is linked to the child.
 */
class AccessPolicyTest {

    private static Relationships relationship(String kind, boolean restricted, String named) {
        Set<String> namedUsers = named.isEmpty() ? Set.of() : Set.of(named);
        return switch (kind) {
            case "allocated-worker" -> new Relationships(Set.of("u"), Set.of("X"), Set.of(), Set.of(), restricted, namedUsers, false, Set.of());
            case "allocated-team" -> new Relationships(Set.of("other"), Set.of("T"), Set.of(), Set.of(), restricted, namedUsers, false, Set.of());
            case "receiving-team" -> new Relationships(Set.of(), Set.of("T"), Set.of("T"), Set.of(), restricted, namedUsers, false, Set.of());
            case "other-team" -> new Relationships(Set.of("other"), Set.of("X"), Set.of(), Set.of(), restricted, namedUsers, false, Set.of());
            case "agency-involved" -> new Relationships(Set.of(), Set.of("X"), Set.of(), Set.of("T"), restricted, namedUsers, false, Set.of());
            case "inspection-grant" -> new Relationships(Set.of(), Set.of("X"), Set.of(), Set.of(), restricted, namedUsers, false, Set.of("X"));
            case "grant-other-team" -> new Relationships(Set.of(), Set.of("X"), Set.of(), Set.of(), restricted, namedUsers, false, Set.of("Y"));
            case "break-glass" -> new Relationships(Set.of(), Set.of("X"), Set.of(), Set.of(), restricted, namedUsers, true, Set.of());
            case "none" -> new Relationships(Set.of(), Set.of("X"), Set.of(), Set.of(), restricted, namedUsers, false, Set.of());
            default -> throw new IllegalArgumentException(kind);
        };
    }

    @ParameterizedTest(name = "{0} {1} restricted={2} named={3} reads {4} -> {5}")
    @CsvSource(textBlock = """
            SOCIAL_WORKER, allocated-worker, false, '', CASE_VIEW,     ALLOCATED_WORKER
            SOCIAL_WORKER, allocated-team,   false, '', CHRONOLOGY,    ALLOCATED_TEAM
            SOCIAL_WORKER, receiving-team,   false, '', CASE_VIEW,     RECEIVING_TEAM
            SOCIAL_WORKER, other-team,       false, '', CASE_VIEW,     DENY
            SOCIAL_WORKER, none,             false, '', CHILD_DETAILS, DENY
            SOCIAL_WORKER, allocated-worker, true,  '', CASE_VIEW,     DENY
            SOCIAL_WORKER, allocated-worker, true,  u,  CASE_VIEW,     NAMED_USER
            SOCIAL_WORKER, other-team,       true,  u,  CASE_VIEW,     NAMED_USER
            SOCIAL_WORKER, break-glass,      true,  '', CASE_VIEW,     BREAK_GLASS
            SOCIAL_WORKER, break-glass,      false, '', CHRONOLOGY,    BREAK_GLASS
            SOCIAL_WORKER, allocated-team,   false, '', ACCESS_LOG,    ALLOCATED_TEAM
            TEAM_MANAGER,  allocated-team,   false, '', CASE_VIEW,     MANAGEMENT_LINE
            TEAM_MANAGER,  receiving-team,   false, '', REGISTER_ROW,  MANAGEMENT_LINE
            TEAM_MANAGER,  other-team,       false, '', CASE_VIEW,     DENY
            TEAM_MANAGER,  allocated-team,   true,  '', CASE_VIEW,     DENY
            TEAM_MANAGER,  allocated-team,   false, '', ACCESS_LOG,    MANAGEMENT_LINE
            PARTNER,       agency-involved,  false, '', CHILD_DETAILS, PARTNER_INVOLVEMENT
            PARTNER,       agency-involved,  false, '', CHRONOLOGY,    PARTNER_INVOLVEMENT
            PARTNER,       agency-involved,  false, '', CASE_VIEW,     DENY
            PARTNER,       agency-involved,  false, '', ACCESS_LOG,    DENY
            PARTNER,       none,             false, '', CHILD_DETAILS, DENY
            PARTNER,       agency-involved,  true,  '', CHILD_DETAILS, DENY
            INSPECTOR,     inspection-grant, false, '', CHRONOLOGY,    INSPECTION
            INSPECTOR,     inspection-grant, false, '', CASE_VIEW,     INSPECTION
            INSPECTOR,     inspection-grant, false, '', ACCESS_LOG,    DENY
            INSPECTOR,     grant-other-team, false, '', CHRONOLOGY,    DENY
            INSPECTOR,     none,             false, '', CHRONOLOGY,    DENY
            INSPECTOR,     inspection-grant, true,  '', CHRONOLOGY,    DENY
            AUDITOR,       none,             false, '', ACCESS_LOG,    AUDIT
            AUDITOR,       allocated-worker, false, '', CASE_VIEW,     DENY
            AUDITOR,       none,             true,  '', ACCESS_LOG,    AUDIT
            ADMIN,         none,             false, '', CASE_VIEW,     DENY
            ADMIN,         allocated-team,   false, '', CHRONOLOGY,    DENY
            ADMIN,         none,             true,  u,  CASE_VIEW,     DENY
            DATA_OFFICER,  none,             true,  u,  CHILD_DETAILS, DENY
            DATA_OFFICER,  allocated-team,   false, '', CHILD_DETAILS, DENY
            DATA_OFFICER,  none,             false, '', STATUTORY_RETURN, STATUTORY_RETURN
            DATA_OFFICER,  none,             true,  '', STATUTORY_RETURN, STATUTORY_RETURN
            SOCIAL_WORKER, allocated-worker, false, '', STATUTORY_RETURN, DENY
            TEAM_MANAGER,  allocated-team,   false, '', STATUTORY_RETURN, DENY
            PARTNER,       agency-involved,  false, '', STATUTORY_RETURN, DENY
            INSPECTOR,     inspection-grant, false, '', STATUTORY_RETURN, DENY
            AUDITOR,       none,             false, '', STATUTORY_RETURN, DENY
            """)
    void a_role_alone_opens_nothing_a_relationship_does(String role, String relationship, boolean restricted, String named,
                                                         ReadKind kind, String expected) {
        Reader reader = new Reader("u", role, "T", null, "127.0.0.1");
        AccessDecision decision = AccessPolicy.decide(reader, kind, relationship(relationship, restricted, named));
        if (expected.equals("DENY")) {
            assertThat(decision.permitted()).isFalse();
            assertThat(decision.reason()).isNotBlank();
        } else {
            assertThat(decision.permitted()).isTrue();
            assertThat(decision.basis()).isEqualTo(Basis.valueOf(expected));
        }
        assertThat(decision.partnerView()).isEqualTo(role.equals("PARTNER") && decision.permitted());
    }

    @ParameterizedTest(name = "{0} {1}: told of the restriction {2}")
    @CsvSource(textBlock = """
            SOCIAL_WORKER, allocated-worker, true
            TEAM_MANAGER,  allocated-team,   true
            SOCIAL_WORKER, other-team,       false
            TEAM_MANAGER,  other-team,       false
            PARTNER,       none,             false
            INSPECTOR,     grant-other-team, false
            ADMIN,         none,             false
            """)
    void only_a_reader_the_record_would_otherwise_open_to_learns_that_it_is_restricted(String role, String relationship, boolean told) {
        Reader reader = new Reader("u", role, "T", null, "127.0.0.1");
        AccessDecision decision = AccessPolicy.decide(reader, ReadKind.CASE_VIEW, relationship(relationship, true, "someone"));
        assertThat(decision.permitted()).isFalse();
        assertThat(decision.reason().contains("restricted")).as(decision.reason()).isEqualTo(told);
    }
}
