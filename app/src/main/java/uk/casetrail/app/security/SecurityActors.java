package uk.casetrail.app.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import uk.casetrail.command.web.Actor;
import uk.casetrail.command.web.Actors;
import uk.casetrail.query.access.Reader;
import uk.casetrail.query.access.Readers;

/** The actor (writes) and reader (reads) of the current request, from the security context. */
@Component
class SecurityActors implements Actors, Readers {

    @Override
    public Actor current() {
        Practitioner p = practitioner();
        return new Actor(p.getUsername(), p.role(), p.team());
    }

    @Override
    public Reader reader() {
        Practitioner p = practitioner();
        HttpServletRequest request = request();
        HttpSession session = request == null ? null : request.getSession(false);
        return new Reader(p.getUsername(), p.role(), p.team(), session == null ? null : session.getId(),
                request == null ? null : request.getRemoteAddr());
    }

    private static Practitioner practitioner() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof Practitioner p) {
            return p;
        }
        throw new InsufficientAuthenticationException("no signed-in practitioner");
    }

    private static HttpServletRequest request() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? attributes.getRequest() : null;
    }
}
