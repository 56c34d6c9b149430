package uk.casetrail.app.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.security.oauth2.core.ClaimAccessor;

import java.util.Optional;
import java.util.Set;

/**
 * Which claims of an identity provider's tokens (a JWT, e.g. from Keycloak: the API's access token or the
 * pages' ID token) name the user, their role and their team or agency. Defaults fit a Keycloak realm with
 * user attributes mapped into the token as "casetrail_role" and "casetrail_team".
 */
@ConfigurationProperties("casetrail.security.token-claims")
public record TokenClaims(String user, String role, String team) {

    static final Set<String> ROLES = Set.of("SOCIAL_WORKER", "TEAM_MANAGER", "PARTNER", "INSPECTOR", "AUDITOR", "ADMIN",
            "DATA_OFFICER");

    public TokenClaims {
        user = user == null ? "preferred_username" : user;
        role = role == null ? "casetrail_role" : role;
        team = team == null ? "casetrail_team" : team;
    }

    /** The practitioner the token's claims name, or empty where they name no user or none of Casetrail's roles. */
    Optional<Practitioner> practitioner(ClaimAccessor token) {
        String username = token.getClaimAsString(user);
        String roleName = token.getClaimAsString(role);
        if (username == null || username.isBlank() || roleName == null || !ROLES.contains(roleName)) {
            return Optional.empty();
        }
        return Optional.of(new Practitioner(username, "", roleName, token.getClaimAsString(team)));
    }
}
