package uk.casetrail.app.synthetic;

import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class StaffTest {

    @Test
    void the_same_seed_names_the_same_workers_whatever_the_language_the_generator_runs_in() {
        Locale generatorLanguage = Locale.getDefault();
        Staff staff;
        try {
            // Arabic as spoken in Egypt writes its digits as ٠١٢.
            Locale.setDefault(Locale.forLanguageTag("ar-EG"));
            staff = Staff.of(3);
        } finally {
            Locale.setDefault(generatorLanguage);
        }
        assertThat(staff.workers()).extracting(Staff.Worker::user)
                .containsExactly("alice", "sw-north-02", "sw-north-03", "carol", "sw-south-02", "sw-south-03");
    }
}
