package uk.casetrail.returns.census.rules;

import org.junit.jupiter.api.Test;

import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class LocalAuthorityCodesTest {

    @Test
    void a_upns_authority_code_is_recognised_whatever_the_language_the_server_runs_in() throws Exception {
        Locale serverLanguage = Locale.getDefault();
        try {
            // Arabic as spoken in Egypt writes its digits as ٠١٢: the codes had been made in those.
            Locale.setDefault(Locale.forLanguageTag("ar-EG"));
            // The codes are made once, when the class is loaded: loaded afresh here, under that language.
            URL classes = LocalAuthorityCodes.class.getProtectionDomain().getCodeSource().getLocation();
            try (URLClassLoader fresh = new URLClassLoader(new URL[]{classes}, null)) {
                Method recognised = fresh.loadClass(LocalAuthorityCodes.class.getName()).getDeclaredMethod("recognised", String.class);
                recognised.setAccessible(true);
                assertThat(recognised.invoke(null, "201")).isEqualTo(true);
                assertThat(recognised.invoke(null, "999")).isEqualTo(false);
            }
        } finally {
            Locale.setDefault(serverLanguage);
        }
    }
}
