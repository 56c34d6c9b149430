package uk.casetrail.app;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.scheduling.annotation.EnableScheduling;
import uk.casetrail.query.rebuild.ProjectionRebuild;
import uk.casetrail.query.rebuild.RebuildProgress;

import java.util.Arrays;

/**
 * Casetrail: one application that runs both the write side and the read side of the case record.
 * {@code java -jar casetrail.jar rebuild} rebuilds every read model from the event store and exits.
 */
@SpringBootApplication(scanBasePackages = "uk.casetrail")
@EnableScheduling
public class CasetrailApplication {

    public static void main(String[] args) throws InterruptedException {
        // Axon's update checker would send details of this installation to AxonIQ. A children's case
        // record does not talk to third parties unasked, so it is off unless an operator turns it on.
        if (System.getProperty("axoniq.update-checker.disabled") == null) {
            System.setProperty("axoniq.update-checker.disabled", "true");
        }
        if (args.length > 0 && args[0].equals("rebuild")) {
            System.exit(rebuild(Arrays.copyOfRange(args, 1, args.length)));
        }
        SpringApplication.run(CasetrailApplication.class, args);
    }

    /** Rebuilds every read model and answers the exit status; the web server is not started. */
    static int rebuild(String[] args) throws InterruptedException {
        SpringApplication application = new SpringApplication(CasetrailApplication.class);
        application.setWebApplicationType(WebApplicationType.NONE);
        try (ConfigurableApplicationContext context = application.run(args)) {
            ProjectionRebuild rebuild = context.getBean(ProjectionRebuild.class);
            RebuildProgress progress = rebuild.start();
            while (!"COMPLETE".equals(progress.state())) {
                System.out.printf("rebuild: %d of %d events, %d events/s, about %s s to go%n", progress.eventsDone(),
                        progress.eventsTotal(), progress.eventsPerSecond(),
                        progress.estimatedSecondsRemaining() == null ? "?" : progress.estimatedSecondsRemaining());
                Thread.sleep(1000);
                progress = rebuild.progress();
            }
            System.out.printf("rebuild: complete, %d events, %d events/s%n", progress.eventsTotal(), progress.eventsPerSecond());
            return 0;
        }
    }
}
