package uk.casetrail.app.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;

/**
 * Finds the bearer token of a request as Spring Security's resolver does (from the Authorization
 * header only, its default), without its case-insensitive regular expression over the whole token,
 * some 600 characters, on every request: a tenth of the processor time of a request that does little
 * else. A well-formed header is read here; any other (none, another scheme, a malformed token) goes to
 * Spring's resolver, which answers or refuses it as before.
 */
final class BearerTokens implements BearerTokenResolver {

    private static final String SCHEME = "Bearer ";

    private final BearerTokenResolver spring = new DefaultBearerTokenResolver();

    @Override
    public String resolve(HttpServletRequest request) {
        String token = wellFormedToken(request.getHeader(HttpHeaders.AUTHORIZATION));
        return token != null ? token : spring.resolve(request);
    }

    /** The token of "Bearer token" (scheme in any case, one space, RFC 6750's characters, then '=' padding), or null. */
    static String wellFormedToken(String authorization) {
        if (authorization == null || authorization.length() <= SCHEME.length() || !startsWithScheme(authorization)) {
            return null;
        }
        int end = authorization.length();
        while (end > SCHEME.length() && authorization.charAt(end - 1) == '=') {
            end--;
        }
        if (end == SCHEME.length()) {
            return null;
        }
        for (int i = SCHEME.length(); i < end; i++) {
            if (!isTokenCharacter(authorization.charAt(i))) {
                return null;
            }
        }
        return authorization.substring(SCHEME.length());
    }

    /** "Bearer " with its letters in either case, ASCII only (as Spring's expression, without Unicode case). */
    private static boolean startsWithScheme(String authorization) {
        for (int i = 0; i < SCHEME.length(); i++) {
            char c = authorization.charAt(i);
            char expected = SCHEME.charAt(i);
            if (c != expected && !(Character.isLetter(expected) && c == (char) (expected ^ 0x20))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isTokenCharacter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
                || c == '-' || c == '.' || c == '_' || c == '~' || c == '+' || c == '/';
    }
}
