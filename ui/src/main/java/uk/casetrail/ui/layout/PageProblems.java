package uk.casetrail.ui.layout;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import uk.casetrail.ui.api.PageRefused;

import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A page that cannot be shown says why in the page's own look (never JSON, never a stack trace):
 * the API's refusal (not allowed, not found, briefly unavailable) or a reference for the logs.
 * Ordered before the API's problem+json advice, which would otherwise answer for these pages too.
 */
@ConditionalOnWebApplication
@ControllerAdvice(basePackages = "uk.casetrail.ui")
@Order(Ordered.HIGHEST_PRECEDENCE)
class PageProblems {

    private static final Logger log = LoggerFactory.getLogger(PageProblems.class);

    private static final Pattern CHILD_RECORD = Pattern.compile("/children/([0-9a-f-]{36})");
    private static final Pattern CASE_RECORD = Pattern.compile("/cases/([0-9a-f-]{36})");

    private final PageModel page;

    PageProblems(PageModel page) {
        this.page = page;
    }

    @ExceptionHandler(PageRefused.class)
    String refused(PageRefused refused, Model model, HttpServletRequest request, HttpServletResponse response) {
        // Refused a child's record, a practitioner may still break glass, audited and reviewed.
        Matcher child = CHILD_RECORD.matcher(request.getRequestURI());
        Matcher onCase = CASE_RECORD.matcher(request.getRequestURI());
        if (refused.status() == 403 && child.matches()) {
            model.addAttribute("breakGlassAt", "/children/" + child.group(1) + "/record/break-glass");
        } else if (refused.status() == 403 && onCase.matches()) {
            model.addAttribute("breakGlassAt", "/cases/" + onCase.group(1) + "/record/case-break-glass");
        }
        return problem(model, response, refused.status(), refused.getMessage());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    String malformedAddress(MethodArgumentTypeMismatchException e, Model model, HttpServletResponse response) {
        return problem(model, response, 404, "there is no such page: '" + e.getValue() + "' is not a valid " + e.getName());
    }

    @ExceptionHandler(NoSuchPage.class)
    String noSuchPage(NoSuchPage e, Model model, HttpServletResponse response) {
        return problem(model, response, 404, e.getMessage());
    }

    @ExceptionHandler(Exception.class)
    String unforeseen(Exception e, Model model, HttpServletResponse response) {
        String reference = UUID.randomUUID().toString();
        log.error("Unforeseen error on a page, reference {}", reference, e);
        return problem(model, response, 500, "something went wrong on our side. Reference " + reference);
    }

    private String problem(Model model, HttpServletResponse response, int status, String detail) {
        // Exception handlers get a fresh model: the page's frame (who is signed in) is added here.
        model.addAttribute("signedIn", page.signedIn());
        response.setStatus(status);
        model.addAttribute("status", status);
        model.addAttribute("detail", detail);
        return "error";
    }
}
