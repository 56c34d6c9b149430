package uk.casetrail.app;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Casetrail: one application that runs both the write side and the read side of the case record. */
@SpringBootApplication(scanBasePackages = "uk.casetrail")
public class CasetrailApplication {

    public static void main(String[] args) {
        // Axon's update checker would send details of this installation to AxonIQ. A children's case
        // record does not talk to third parties unasked, so it is off unless an operator turns it on.
        if (System.getProperty("axoniq.update-checker.disabled") == null) {
            System.setProperty("axoniq.update-checker.disabled", "true");
        }
        SpringApplication.run(CasetrailApplication.class, args);
    }
}
