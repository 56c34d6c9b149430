package uk.casetrail.app;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.scheduling.annotation.EnableScheduling;
import uk.casetrail.app.bench.BenchTokens;
import uk.casetrail.app.bench.Benchmark;
import uk.casetrail.app.bench.BenchWorkspace;
import uk.casetrail.app.synthetic.BulkAuthority;
import uk.casetrail.app.synthetic.SyntheticAuthority;
import uk.casetrail.query.integrity.IntegrityCheck;
import uk.casetrail.query.rebuild.ProjectionRebuild;
import uk.casetrail.query.rebuild.RebuildProgress;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Casetrail: one application that runs both the write side and the read side of the case record.
 * {@code java -jar casetrail.jar rebuild} rebuilds every read model from the event store and exits.
 */
@SpringBootApplication(scanBasePackages = "uk.casetrail")
@EnableScheduling
public class CasetrailApplication {

    public static void main(String[] args) throws Exception {
        // Axon's update checker would send details of this installation to AxonIQ. A children's case
        // record does not talk to third parties unasked, so it is off unless an operator turns it on.
        if (System.getProperty("axoniq.update-checker.disabled") == null) {
            System.setProperty("axoniq.update-checker.disabled", "true");
        }
        // Nor does it advertise a monitoring console in its log.
        System.setProperty("disable-axoniq-console-message", "true");
        if (args.length > 0 && args[0].equals("rebuild")) {
            System.exit(rebuild(Arrays.copyOfRange(args, 1, args.length)));
        }
        if (args.length > 0 && args[0].equals("verify")) {
            System.exit(verify(Arrays.copyOfRange(args, 1, args.length)));
        }
        if (args.length > 0 && args[0].equals("generate")) {
            System.exit(generate(Arrays.copyOfRange(args, 1, args.length)));
        }
        if (args.length > 0 && args[0].equals("bench")) {
            System.exit(bench(Arrays.copyOfRange(args, 1, args.length)));
        }
        SpringApplication.run(CasetrailApplication.class, args);
    }

    /**
     * Runs the benchmark against this platform and prints its figures next to raw PostgreSQL measured
     * in the same run. With no database URL it uses a fresh embedded database of its own, never ./data.
     */
    static int bench(String[] args) throws Exception {
        List<String> arguments = new ArrayList<>(Arrays.asList(args));
        arguments.add("--server.port=0");
        arguments.add("--spring.profiles.active=demo");
        // What the run makes for itself goes when it ends; a database it was given stays.
        try (BenchWorkspace workspace = BenchWorkspace.open(Path.of(System.getProperty("java.io.tmpdir")))) {
            BenchTokens tokens = BenchTokens.create(workspace.keyFile());
            arguments.add(tokens.trustArgument());
            if (arguments.stream().noneMatch(a -> a.startsWith("--spring.datasource.url") || a.startsWith("--casetrail.data-dir"))
                    && System.getenv("SPRING_DATASOURCE_URL") == null) {
                arguments.add("--casetrail.data-dir=" + workspace.database());
            }
            return bench(arguments, tokens);
        }
    }

    private static int bench(List<String> arguments, BenchTokens tokens) throws Exception {
        try (ConfigurableApplicationContext context = SpringApplication.run(CasetrailApplication.class, arguments.toArray(String[]::new))) {
            var environment = context.getEnvironment();
            Benchmark.Settings settings = new Benchmark.Settings(
                    Duration.ofSeconds(environment.getProperty("bench.seconds", Long.class, 10L)),
                    Duration.ofSeconds(environment.getProperty("bench.warm-up-seconds", Long.class, 120L)),
                    Duration.ofSeconds(environment.getProperty("bench.warm-up-max-seconds", Long.class, 600L)),
                    Duration.ofSeconds(environment.getProperty("bench.step-warm-up-seconds", Long.class, 3L)),
                    numbers(environment.getProperty("bench.writers", "1,4,16")),
                    numbers(environment.getProperty("bench.readers", "1,16,64")),
                    environment.getProperty("bench.children", Integer.class, 10_000),
                    Path.of(environment.getProperty("bench.results", "bench-results.json")),
                    environment.getProperty("bench.large-events", Long.class, 0L),
                    environment.getProperty("bench.large-rounds", Integer.class, 3));
            int port = ((WebServerApplicationContext) context).getWebServer().getPort();
            new Benchmark(context, port, settings, tokens).run();
            return 0;
        }
    }

    private static List<Integer> numbers(String list) {
        return Arrays.stream(list.split(",")).map(String::strip).map(Integer::valueOf).toList();
    }

    /**
     * Loads a synthetic local authority into the configured database through the command path, with
     * {@code synthetic.events} grows the log to that many events by copies of it written in bulk, then
     * waits until every read model has caught up; the web server is not started.
     */
    static int generate(String[] args) throws Exception {
        SpringApplication application = new SpringApplication(CasetrailApplication.class);
        application.setWebApplicationType(WebApplicationType.NONE);
        try (ConfigurableApplicationContext context = application.run(args)) {
            var environment = context.getEnvironment();
            SyntheticAuthority.Plan plan = new SyntheticAuthority.Plan(
                    environment.getProperty("synthetic.children", Integer.class, 50_000),
                    environment.getProperty("synthetic.seed", Long.class, 1L),
                    environment.getProperty("synthetic.years", Integer.class, 3),
                    environment.getProperty("synthetic.threads", Integer.class, 8));
            SyntheticAuthority.Made made = context.getBean(SyntheticAuthority.class).make(plan, System.out::println);
            System.out.printf(Locale.ROOT, "synthetic authority: %d children, %d commands (%d refused) in %d s, %.0f commands/s%n",
                    made.children(), made.commands(), made.rejected(), made.took().toSeconds(), made.commandsPerSecond());
            long events = environment.getProperty("synthetic.events", Long.class, 0L);
            if (events > 0) {
                BulkAuthority.Grown grown = context.getBean(BulkAuthority.class).grow(plan.seed(), events, System.out::println);
                System.out.printf(Locale.ROOT, "bulk load: %d events written in %d s (copies %d to %d), %.0f events/s; the log holds %d%n",
                        grown.eventsWritten(), grown.took().toSeconds(), grown.firstCopy(), grown.lastCopy(), grown.eventsPerSecond(),
                        grown.eventsBefore() + grown.eventsWritten());
            }
            awaitProjections(context.getBean(ProjectionRebuild.class));
            return made.rejected() == 0 ? 0 : 1;
        }
    }

    private static void awaitProjections(ProjectionRebuild projections) throws InterruptedException {
        RebuildProgress progress = projections.progress();
        while (progress.eventsDone() < progress.eventsTotal()) {
            System.out.printf(Locale.ROOT, "read models: %d of %d events projected%n", progress.eventsDone(), progress.eventsTotal());
            Thread.sleep(1000);
            progress = projections.progress();
        }
    }

    /** Verifies the log's hash chain against its seals, with progress; exit status 0 when untampered, 2 when broken. */
    static int verify(String[] args) {
        SpringApplication application = new SpringApplication(CasetrailApplication.class);
        application.setWebApplicationType(WebApplicationType.NONE);
        try (ConfigurableApplicationContext context = application.run(args)) {
            IntegrityCheck.Verification result = context.getBean(IntegrityCheck.class)
                    .verify(checked -> System.out.printf(Locale.ROOT, "verify: %d events checked%n", checked));
            System.out.printf(Locale.ROOT, "verify: %s, %d events checked, head %s%s%n", result.verified() ? "untampered" : "BROKEN",
                    result.eventsChecked(), result.headHash(),
                    result.firstBrokenPosition() == null ? "" : ", first broken at position " + result.firstBrokenPosition());
            return result.verified() ? 0 : 2;
        }
    }

    /** Rebuilds every read model and answers the exit status; the web server is not started. */
    static int rebuild(String[] args) throws InterruptedException {
        SpringApplication application = new SpringApplication(CasetrailApplication.class);
        application.setWebApplicationType(WebApplicationType.NONE);
        try (ConfigurableApplicationContext context = application.run(args)) {
            ProjectionRebuild rebuild = context.getBean(ProjectionRebuild.class);
            RebuildProgress progress = rebuild.start();
            while ("RUNNING".equals(progress.state())) {
                System.out.printf(Locale.ROOT, "rebuild: %d of %d events, %d events/s, about %s s to go%n", progress.eventsDone(),
                        progress.eventsTotal(), progress.eventsPerSecond(),
                        progress.estimatedSecondsRemaining() == null ? "?" : progress.estimatedSecondsRemaining());
                Thread.sleep(1000);
                progress = rebuild.progress();
            }
            if (!"COMPLETE".equals(progress.state())) {
                System.out.println("rebuild: failed (see the log above); the read models are as they were");
                return 1;
            }
            System.out.printf(Locale.ROOT, "rebuild: complete, %d events, %d events/s%n", progress.eventsTotal(), progress.eventsPerSecond());
            return 0;
        }
    }
}
