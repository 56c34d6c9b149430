package uk.casetrail.app.security;

import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import uk.casetrail.command.web.Actor;
import uk.casetrail.command.web.Actors;

/** The actor of the current request, from the security context. */
@Component
class SecurityActors implements Actors {

    @Override
    public Actor current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof Practitioner p) {
            return new Actor(p.getUsername(), p.role(), p.team());
        }
        throw new InsufficientAuthenticationException("no signed-in practitioner");
    }
}
