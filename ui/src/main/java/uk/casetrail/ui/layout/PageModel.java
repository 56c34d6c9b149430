package uk.casetrail.ui.layout;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import uk.casetrail.query.access.Reader;
import uk.casetrail.query.access.Readers;

/** What every page shows around its content: who is signed in, in which role and team, and when the session ends. */
@ConditionalOnWebApplication
@ControllerAdvice(basePackages = "uk.casetrail.ui")
class PageModel {

    /** The signed-in user as the header shows them; null on the sign-in page. */
    record SignedIn(String user, String role, String team) {
        public boolean is(String someRole) {
            return someRole.equals(role);
        }
    }

    private final Readers readers;

    PageModel(Readers readers) {
        this.readers = readers;
    }

    @ModelAttribute("signedIn")
    SignedIn signedIn() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || authentication instanceof AnonymousAuthenticationToken || !authentication.isAuthenticated()) {
            return null;
        }
        Reader reader = readers.reader();
        return new SignedIn(reader.user(), reader.role(), reader.team());
    }

    /** Seconds until an idle session ends, so that the page can warn before it does. */
    @ModelAttribute("sessionSeconds")
    Integer sessionSeconds(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session == null ? null : session.getMaxInactiveInterval();
    }
}
