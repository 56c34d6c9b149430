package uk.casetrail.app.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.common.IdentifierFactory;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.casetrail.command.casework.RecordCaseNote;
import uk.casetrail.events.calendar.AuthorityTime;
import uk.casetrail.events.ids.CaseId;
import uk.casetrail.events.ids.NoteId;
import uk.casetrail.events.recording.NoteKind;
import uk.casetrail.app.synthetic.SyntheticAuthority;
import uk.casetrail.query.access.AccessGate;
import uk.casetrail.query.access.ReadKind;
import uk.casetrail.query.access.Reader;
import uk.casetrail.query.caseview.CaseFiles;
import uk.casetrail.query.rebuild.ProjectionRebuild;
import uk.casetrail.query.reading.ReadPath;
import uk.casetrail.returns.census.export.CinCensusExport;
import uk.casetrail.returns.census.validation.CinCensusValidation;

import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * Measures the platform side by side with raw PostgreSQL on the same machine and database, in one
 * run: inserts shaped like an event against commands, sequential reads against a rebuild, and the
 * latency of audited reads over HTTP, and when asked the same reads again on a log grown in bulk to
 * millions of events ({@link LargeLog}). Prints a table and writes bench-results.json.
 */
public final class Benchmark {

    /**
     * What to run: how long each measurement lasts, how long the paths measured run unmeasured first
     * (all together, then each step on its own just before it is measured),
     * the numbers of clients, the synthetic authority's children, the size to grow the log to for
     * the reads again (0: not grown, reads measured once), and how many times the reads are measured on
     * each side of that growth (the median compared).
     */
    public record Settings(Duration each, Duration warmUp, Duration warmUpAtMost, Duration stepWarmUp, List<Integer> writers,
                           List<Integer> readers, int children, Path results, long largeEvents, int largeRounds) {
        public Settings {
            if (largeRounds < 1) {
                throw new IllegalArgumentException("--bench.large-rounds must be at least 1, not " + largeRounds);
            }
        }
    }

    /** The warm-up goes on in rounds this long until the JIT compiler took less than a twentieth of one. */
    private static final Duration WARM_UP_ROUND = Duration.ofSeconds(15);
    private static final double COMPILER_QUIET = 0.05;

    /** The seed of the synthetic authority the benchmark loads (and grows in bulk). */
    static final long SEED = 1L;

    /** Numbers the warm-up's children apart from the measured writes' children. */
    private static final int WARM_UP_CASES = 1_000;

    private final ConfigurableApplicationContext app;
    private final Settings settings;
    private final JdbcTemplate jdbc;
    private final CpuTime cpu;
    // HTTP/1.1 with keep-alive, as a browser behind the load balancer talks to a node: the client's
    // default would first try an HTTP/2 upgrade, which the server declines, and time that instead.
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;
    private final BenchResults results = new BenchResults();

    private final String bearer;
    private double peakBeforeResets;

    public Benchmark(ConfigurableApplicationContext app, int port, Settings settings, BenchTokens tokens) {
        this.app = app;
        this.bearer = "Bearer " + tokens.token("alice", "SOCIAL_WORKER", "North");
        this.settings = settings;
        this.jdbc = app.getBean(JdbcTemplate.class);
        this.cpu = CpuTime.of(jdbc);
        this.base = "http://localhost:" + port;
    }

    public Map<String, Object> run() throws Exception {
        results.put("startupSeconds", ManagementFactory.getRuntimeMXBean().getUptime() / 1000.0);
        List<ReadTarget> targets = dataset();
        // Another worker's cases in alice's team, as the warm-up's are: the measured writes add thousands of
        // notes (more the faster they run), which on alice's own cases lengthened the histories her caseload
        // and its census issues read, so that the pages measured after them depended on the write throughput.
        List<String> cases = openCases(0, "bench-writer");
        targets = targets.isEmpty() ? List.of(new ReadTarget(cases.get(0), childOf(cases.get(0)))) : targets;
        warmUp(targets);
        writes(cases);
        reads(targets);
        auditCost(targets);
        pages(targets);
        census("census", "whole authority (" + settings.children() + " children)");
        rebuild();
        results.put("peakHeapMiB", Math.max(peakBeforeResets, peakHeapMiB()));
        row("startup (s)", results.get("startupSeconds"), "", "");
        row("peak heap (MiB)", results.get("peakHeapMiB"), "", "");
        if (settings.largeEvents() > 0) {
            // What is measured so far is kept whatever happens to the long phase that follows.
            results.print();
            results.write(settings.results());
            new LargeLog(app, results).measure(settings.largeEvents(), new AuditedReads(targets, this::get, settings.stepWarmUp(), this::awaitProjections),
                    settings.readers(), settings.each(), settings.largeRounds());
        }
        results.print();
        results.write(settings.results());
        return results.asMap();
    }

    /**
     * Runs the paths about to be measured, unmeasured, so that the figures are those of a node that has
     * been serving for a while: for the time asked, then on until the JIT compiler has gone quiet. On two
     * cores its one optimising thread went on compiling for about six minutes under this load, on most of
     * a core, so a run measured after two minutes (as every run was until 2026-11-30) measured beside it:
     * the case view over HTTP at 16 clients ran at 250 reads/s a minute after start and at 580 ten minutes later.
     */
    private void warmUp(List<ReadTarget> targets) throws Exception {
        if (settings.warmUp().isZero()) {
            return;
        }
        // Cases of their own, another worker's in alice's team: notes on alice's cases would lengthen the
        // histories her caseload's census issues read, and so change what the pages measure.
        List<String> cases = openCases(WARM_UP_CASES, "warm-up");
        CommandGateway commands = app.getBean(CommandGateway.class);
        String today = LocalDate.now(AuthorityTime.ZONE).toString();
        AuditedReads reads = new AuditedReads(targets, this::get, settings.stepWarmUp(), this::awaitProjections);
        LoadRun.Operation mix = (client, i) -> {
            switch ((int) (i % 4)) {
                case 0 -> commands.sendAndWait(note(cases.get(client), today));
                case 1 -> post("/api/cases/" + cases.get(client) + "/notes", noteBody(today));
                default -> reads.once(client, i);
            }
        };
        CompilationMXBean compiler = ManagementFactory.getCompilationMXBean();
        long began = System.nanoTime();
        System.out.printf(Locale.ROOT, "warm-up: %d s of commands and audited reads, unmeasured, then on until the JIT compiler is quiet%n",
                settings.warmUp().toSeconds());
        LoadRun.run(cases.size(), settings.warmUp(), mix);
        double compilerShare = Double.NaN; // until a round has measured it
        while (!(compilerShare < COMPILER_QUIET) && System.nanoTime() - began < settings.warmUpAtMost().toNanos()) {
            long compiledBefore = compiler.getTotalCompilationTime();
            long roundBegan = System.nanoTime();
            LoadRun.run(cases.size(), WARM_UP_ROUND, mix);
            compilerShare = (compiler.getTotalCompilationTime() - compiledBefore) * 1e6 / (System.nanoTime() - roundBegan);
            // Minutes of load with nothing printed would look like a hang.
            System.out.printf(java.util.Locale.ROOT, "warm-up: %.0f s, the JIT compiler took %.0f%% of the last %d s (measuring once under %.0f%%)%n",
                    (System.nanoTime() - began) / 1e9, 100 * compilerShare, WARM_UP_ROUND.toSeconds(), 100 * COMPILER_QUIET);
        }
        results.put("warmUpSeconds", (System.nanoTime() - began) / 1e9);
        if (!Double.isNaN(compilerShare)) {
            results.put("warmUpLastRoundCompilerShare", compilerShare);
        }
        // The projections still at work on the warm-up's events had shared the cores with the raw inserts measured next.
        awaitProjections();
        row("warm-up before measuring (s): commands and audited reads, " + cases.size() + " clients",
                results.get("warmUpSeconds"), "", "");
        row("  the JIT compiler's share of its last " + WARM_UP_ROUND.toSeconds() + " s (until under "
                + Math.round(COMPILER_QUIET * 100) + "%, or for at most " + settings.warmUpAtMost().toSeconds() + " s)",
                Double.isNaN(compilerShare) ? "not measured" : String.format(java.util.Locale.ROOT, "%.0f%%", 100 * compilerShare), "", "");
    }

    private static Object note(String caseId, String today) {
        return GenericCommandMessage.asCommandMessage(new RecordCaseNote(CaseId.of(caseId), NoteId.random(),
                        NoteKind.CONTACT, LocalDate.parse(today), "benchmark note", false, null, false, false, null, null, null))
                .andMetaData(Map.of("user", "alice", "role", "SOCIAL_WORKER", "team", "North"));
    }

    private static String noteBody(String today) {
        return "{\"kind\":\"CONTACT\",\"occurredOn\":\"" + today + "\",\"summary\":\"benchmark note\"}";
    }

    private void writes(List<String> cases) throws Exception {
        jdbc.execute("CREATE TABLE IF NOT EXISTS bench_raw_event (LIKE domain_event_entry INCLUDING ALL)");
        jdbc.execute("CREATE SEQUENCE IF NOT EXISTS bench_raw_event_seq");
        jdbc.execute("ALTER TABLE bench_raw_event ALTER COLUMN global_index SET DEFAULT nextval('bench_raw_event_seq')");
        CommandGateway commands = app.getBean(CommandGateway.class);
        String today = LocalDate.now(AuthorityTime.ZONE).toString();
        byte[] payload = ("{\"summary\":\"" + "x".repeat(200) + "\"}").getBytes(StandardCharsets.UTF_8);
        double rawSingleP50 = 0;
        // The raw rows take their identifiers from the same factory as the platform's events, so that
        // both insert into their indexes the same way (TimeOrderedIdentifiers).
        for (int clients : settings.writers()) {
            Costed raw = costed(clients, (client, i) -> jdbc.update(
                    "INSERT INTO bench_raw_event (aggregate_identifier, sequence_number, type, event_identifier, meta_data, payload, "
                            + "payload_revision, payload_type, time_stamp) VALUES (?, ?, 'Case', ?, ?, ?, '1', 'bench', ?)",
                    "raw-" + clients + "-" + client, i, IdentifierFactory.getInstance().generateIdentifier(), payload, payload, java.time.Instant.now().toString()));
            Costed bus = costed(clients, (client, i) -> commands.sendAndWait(note(cases.get(client), today)));
            Costed overHttp = costed(clients, (client, i) -> post("/api/cases/" + cases.get(client) + "/notes",
                    noteBody(today)));
            if (clients == 1) {
                rawSingleP50 = raw.percentileMillis(50);
            }
            results.put("rawInsertsPerSecond." + clients, raw.perSecond());
            results.put("commandsPerSecond." + clients, bus.perSecond());
            results.put("commandP50Ms." + clients, bus.percentileMillis(50));
            results.put("commandP99Ms." + clients, bus.percentileMillis(99));
            results.put("httpCommandsPerSecond." + clients, overHttp.perSecond());
            results.put("httpCommandP50Ms." + clients, overHttp.percentileMillis(50));
            results.put("httpCommandP99Ms." + clients, overHttp.percentileMillis(99));
            row("commands/s, command bus, " + clients + " threads", bus.perSecond(), raw.perSecond(), "raw inserts/s");
            row("commands/s, HTTP, " + clients + " clients", overHttp.perSecond(), raw.perSecond(), "raw inserts/s");
            row("command p50 / p99 ms, bus, " + clients, bus.percentileMillis(50) + " / " + bus.percentileMillis(99),
                    raw.percentileMillis(50) + " / " + raw.percentileMillis(99), "raw insert ms");
            cpuRow("CPU ms a command, bus, " + clients + " (JVM + PostgreSQL, projecting it included)", "command", clients,
                    bus.cost(), raw.cost(), "raw insert CPU ms", "rawInsert");
            cpuRow("CPU ms a command, HTTP, " + clients + " (the JVM's share includes the benchmark's HTTP client)",
                    "httpCommand", clients, overHttp.cost(), raw.cost(), "raw insert CPU ms", "rawInsert");
        }
        results.put("rawSingleInsertP50Ms", rawSingleP50);
        jdbc.execute("DROP TABLE bench_raw_event");
        jdbc.execute("DROP SEQUENCE bench_raw_event_seq");
    }

    /**
     * The synthetic authority the reads run against, loaded through the command path, and the time
     * until every read model had caught up with it.
     */
    private List<ReadTarget> dataset() throws Exception {
        if (settings.children() <= 0) {
            return List.of();
        }
        SyntheticAuthority authority = app.getBean(SyntheticAuthority.class);
        SyntheticAuthority.Plan plan = new SyntheticAuthority.Plan(settings.children(), SEED, 3, 8);
        int quarter = settings.children() / 4;
        SyntheticAuthority.Made first = authority.make(new SyntheticAuthority.Plan(quarter, SEED, 3, 8), System.out::println);
        census("censusQuarter", "a quarter of the authority (" + quarter + " children)");
        SyntheticAuthority.Made rest = authority.make(plan, quarter, System.out::println);
        SyntheticAuthority.Made made = new SyntheticAuthority.Made(first.children() + rest.children(),
                first.commands() + rest.commands(), first.rejected() + rest.rejected(), first.took().plus(rest.took()));
        long began = System.nanoTime();
        awaitProjections();
        long events = jdbc.queryForObject("SELECT count(*) FROM domain_event_entry", Long.class);
        if (made.rejected() > 0) {
            throw new IllegalStateException(made.rejected() + " synthetic commands were refused: the benchmark needs an empty database");
        }
        results.put("datasetChildren", made.children());
        results.put("datasetEvents", events);
        results.put("datasetCommandsPerSecond", made.commandsPerSecond());
        results.put("datasetRefusedCommands", made.rejected());
        results.put("datasetProjectionCatchUpSeconds", (System.nanoTime() - began) / 1e9);
        row("synthetic authority: children / events", made.children() + " / " + events, "", "");
        row("  loaded through the command bus, commands/s (8 threads)", made.commandsPerSecond(), "", "");
        return jdbc.query("SELECT case_id::text, child_id::text FROM case_view WHERE coalesce(allocated_team, receiving_team) = 'North' ORDER BY case_id LIMIT 2000",
                (rs, n) -> new ReadTarget(rs.getString(1), rs.getString(2)));
    }

    private String childOf(String caseId) throws Exception {
        return new ObjectMapper().readTree(get("/api/cases/" + caseId)).path("childId").asText();
    }

    /** The HTTP floor, then the audited reads, on the log as it is after the writes: its size is recorded with them. */
    private void reads(List<ReadTarget> targets) throws Exception {
        AuditedReads reads = new AuditedReads(targets, this::get, settings.stepWarmUp(), this::awaitProjections);
        for (AuditedReads.Figure floor : reads.floor(settings.readers(), settings.each())) {
            results.put(floor.p50Key(), floor.p50Ms());
            results.put(floor.p99Key(), floor.p99Ms());
            row("HTTP floor p50 / p99 ms (liveness probe), " + floor.clients() + " clients", floor.p50Ms() + " / " + floor.p99Ms(), "", "");
        }
        results.put("readsLogEvents", jdbc.queryForObject("SELECT count(*) FROM domain_event_entry", Long.class));
        List<AuditedReads.Figure> figures = reads.measure(settings.readers(), settings.each());
        for (AuditedReads.Figure figure : figures) {
            results.put(figure.p50Key(), figure.p50Ms());
            results.put(figure.p99Key(), figure.p99Ms());
            results.put(figure.read() + "Failed." + figure.clients(), figure.failed());
            row(figure.read() + " p50 / p99 ms, audited, HTTP, " + figure.clients() + " clients"
                    + (figure.failed() > 0 ? " (" + figure.failed() + " of " + figure.requests() + " failed)" : ""),
                    figure.p50Ms() + " / " + figure.p99Ms(), "", "");
        }
    }

    /**
     * What the audit costs a read: the case view's query with its relationship check, against the same
     * with the access event appended and committed, in process and on the same cases.
     */
    private void auditCost(List<ReadTarget> targets) throws Exception {
        CaseFiles files = app.getBean(CaseFiles.class);
        AccessGate gate = app.getBean(AccessGate.class);
        ReadPath reads = app.getBean(ReadPath.class);
        Reader alice = new Reader("alice", "SOCIAL_WORKER", "North", "bench", "127.0.0.1");
        for (int clients : List.of(1, 16)) {
            LoadRun.Operation plain = (client, i) -> {
                ReadTarget target = ReadTarget.pick(targets, client, i);
                UUID child = UUID.fromString(target.childId());
                files.byIds(List.of(UUID.fromString(target.caseId())));
                gate.decide(alice, ReadKind.CASE_VIEW, List.of(child));
            };
            // The production read path: decision, then the case file read while its access event commits.
            LoadRun.Operation audited = (client, i) -> {
                ReadTarget target = ReadTarget.pick(targets, client, i);
                reads.read(alice, ReadKind.CASE_VIEW, "case-view", UUID.fromString(target.childId()),
                        decision -> files.byIds(List.of(UUID.fromString(target.caseId()))));
            };
            Costed unaudited = costed(clients, plain);
            Costed withAudit = costed(clients, audited);
            results.put("caseViewUnauditedP50Ms." + clients, unaudited.percentileMillis(50));
            results.put("caseViewAuditedP50Ms." + clients, withAudit.percentileMillis(50));
            results.put("auditedToUnauditedRatio." + clients, withAudit.percentileMillis(50) / unaudited.percentileMillis(50));
            row("case view p50 ms, audited vs unaudited, in process, " + clients, withAudit.percentileMillis(50),
                    unaudited.percentileMillis(50), "unaudited p50 ms");
            cpuRow("CPU ms a case view read, audited vs unaudited, in process, " + clients, "caseViewAudited", clients,
                    withAudit.cost(), unaudited.cost(), "unaudited CPU ms", "caseViewUnaudited");
            results.put("auditedToUnauditedCpuRatio." + clients, withAudit.cost().totalMs() / unaudited.cost().totalMs());
        }
    }

    /** An operation's latencies and what it cost the cores, JVM and database. */
    private record Costed(Latencies latencies, CpuCost cost) {
        double perSecond() {
            return latencies.perSecond();
        }

        double percentileMillis(int percentile) {
            return latencies.percentileMillis(percentile);
        }
    }

    /**
     * Runs the operation from the clients for the measured time, and counts the CPU it took until the
     * projections had caught up with what it wrote (a command's events, a read's access event): work
     * it left to them is its cost too, and must not be counted against whatever is measured next.
     */
    private Costed costed(int clients, LoadRun.Operation operation) throws Exception {
        LoadRun.warm(clients, settings.stepWarmUp(), operation);
        awaitProjections();
        CpuTime.Reading before = cpu.now();
        Latencies latencies = LoadRun.run(clients, settings.each(), operation);
        awaitProjections();
        return new Costed(latencies, CpuCost.per(cpu.now().since(before), latencies.operations()));
    }

    private void awaitProjections() throws InterruptedException {
        ProjectionRebuild projections = app.getBean(ProjectionRebuild.class);
        while (!projections.caughtUp()) {
            Thread.sleep(20);
        }
    }

    /** The two costs, each as the JVM's and the database's share (as far as known), and the first against the second. */
    private void cpuRow(String metric, String name, int clients, CpuCost cost, CpuCost baseline, String baselineName, String baselineKey) {
        putCost(name, clients, cost);
        putCost(baselineKey, clients, baseline);
        results.row(metric, cost.describe(), baseline.describe(), baselineName, cost.against(baseline));
    }

    private void putCost(String name, int clients, CpuCost cost) {
        results.put(name + "CpuMs." + clients, cost.totalMs());
        results.put(name + "JvmCpuMs." + clients, cost.jvmMs());
        results.put(name + "CompilerCpuMs." + clients, cost.compilerMs());
        if (cost.databaseMs() != null) {
            results.put(name + "DatabaseCpuMs." + clients, cost.databaseMs());
        }
    }

    /**
     * The practitioners' main pages as alice's browser fetches them (bob for the team's overdue list),
     * on the synthetic authority: the server's time per page, p50 and p95.
     */
    private void pages(List<ReadTarget> targets) throws Exception {
        PageTimings alice = PageTimings.signedIn(base, "alice", "demo");
        PageTimings bob = PageTimings.signedIn(base, "bob", "demo");
        if (alice == null || bob == null) {
            row("pages", "not measured: no web UI or demo users", "", "");
            return;
        }
        List<ReadTarget> some = targets.subList(0, Math.min(200, targets.size()));
        Map<String, List<String>> alicePages = new LinkedHashMap<>();
        alicePages.put("caseload", List.of("/caseload"));
        alicePages.put("caseload census issues (loaded into the caseload)", List.of("/caseload/census-issues"));
        alicePages.put("child record", some.stream().map(t -> "/children/" + t.childId()).toList());
        alicePages.put("case view", some.stream().map(t -> "/cases/" + t.caseId()).toList());
        alicePages.put("register", List.of("/register"));
        alicePages.put("child search", List.of("/children?name=Ashdown", "/children?name=Grace", "/children?name=Theo+Hollins"));
        Map<String, double[]> figures = new LinkedHashMap<>(alice.time(alicePages, settings.stepWarmUp(), settings.each()));
        figures.putAll(bob.time(Map.of("team overdue", List.of("/team/overdue")), settings.stepWarmUp(), settings.each()));
        for (var page : figures.entrySet()) {
            String key = "page." + page.getKey().replace(' ', '-');
            results.put(key + ".p50Ms", page.getValue()[0]);
            results.put(key + ".p95Ms", page.getValue()[1]);
            row("page " + page.getKey() + " p50 / p95 ms (target p95 150)", page.getValue()[0] + " / " + page.getValue()[1], "", "");
        }
    }

    /**
     * The CIN census for the last year ending 31 March: export and validation, time and heap. Measured
     * at a quarter of the authority and at all of it, to show whether memory stays flat as it grows.
     */
    private void census(String key, String authority) {
        LocalDate today = LocalDate.now(AuthorityTime.ZONE);
        LocalDate referenceDate = LocalDate.of(today.getMonthValue() > 3 ? today.getYear() : today.getYear() - 1, 3, 31);
        Reader dora = new Reader("dora", "DATA_OFFICER", null, "bench", "127.0.0.1");
        CinCensusExport export = app.getBean(CinCensusExport.class);
        CinCensusValidation validation = app.getBean(CinCensusValidation.class);
        long[] bytes = {0};
        Runnable exporting = () -> export.write(referenceDate, java.time.Instant.now(), dora, new java.io.OutputStream() {
            @Override
            public void write(int b) {
                bytes[0]++;
            }

            @Override
            public void write(byte[] b, int off, int len) {
                bytes[0] += len;
            }
        });
        int[] checked = {0};
        Runnable validating = () -> checked[0] = validation.check(referenceDate).childrenChecked();
        double exportSeconds = timedWithPeakHeap(key + "Export", exporting);
        long exported = bytes[0];
        double validationSeconds = timedWithPeakHeap(key + "Validation", validating);
        results.put(key + "ExportLiveHeapMiB", mostLiveDuring(exporting));
        results.put(key + "ValidationLiveHeapMiB", mostLiveDuring(validating));
        results.put(key + "Children", checked[0]);
        results.put(key + "ExportBytes", exported);
        row("CIN census, " + authority + ": " + checked[0] + " children in the return, " + exported / 1024 + " KiB", "", "", "");
        row("  export / validation s (target 10)", String.format(Locale.ROOT, "%.1f / %.1f", exportSeconds, validationSeconds), "", "");
        row("  peak heap MiB, export / validation", results.get(key + "ExportPeakHeapMiB") + " / "
                + results.get(key + "ValidationPeakHeapMiB"), "", "");
        row("  most heap live above the start MiB, export / validation", results.get(key + "ExportLiveHeapMiB") + " / "
                + results.get(key + "ValidationLiveHeapMiB"), "", "");
    }

    private double timedWithPeakHeap(String name, Runnable step) {
        peakBeforeResets = Math.max(peakBeforeResets, peakHeapMiB());
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        long began = System.nanoTime();
        step.run();
        double seconds = (System.nanoTime() - began) / 1e9;
        results.put(name + "Seconds", seconds);
        results.put(name + "PeakHeapMiB", Math.round(peakHeapMiB()));
        return seconds;
    }

    /** A second run of the step, with a full collection every 200 ms, for what it holds live (slower: not timed). */
    private static long mostLiveDuring(Runnable step) {
        try (HeapWatch heap = new HeapWatch()) {
            step.run();
            return heap.mostLiveAboveStartMiB();
        }
    }

    private void rebuild() throws Exception {
        long events = jdbc.queryForObject("SELECT count(*) FROM domain_event_entry", Long.class);
        long began = System.nanoTime();
        long[] rows = {0};
        jdbc.query(con -> {
            con.setAutoCommit(false);
            var statement = con.prepareStatement("SELECT * FROM domain_event_entry ORDER BY global_index");
            statement.setFetchSize(10_000);
            return statement;
        }, rs -> {
            rows[0]++;
        });
        double rawRate = rows[0] / ((System.nanoTime() - began) / 1e9);
        ProjectionRebuild rebuild = app.getBean(ProjectionRebuild.class);
        long started = System.nanoTime();
        rebuild.start();
        while (!"COMPLETE".equals(rebuild.progress().state())) {
            Thread.sleep(100);
        }
        double rate = events / ((System.nanoTime() - started) / 1e9);
        results.put("rawSequentialReadRowsPerSecond", rawRate);
        results.put("rebuildEventsPerSecond", rate);
        row("rebuild events/s (" + events + " events)", rate, rawRate, "raw sequential rows/s");
    }

    /** A case for each of the most writers measured at once, allocated to the worker in team North. */
    private List<String> openCases(int firstChild, String worker) throws Exception {
        int most = Math.max(settings.writers().stream().max(Integer::compare).orElse(1), 1);
        List<String> cases = new ArrayList<>();
        for (int i = 0; i < most; i++) {
            cases.add(openCase(firstChild + i, worker));
        }
        return cases;
    }

    private String openCase(int i, String worker) throws Exception {
        String child = json(post("/api/children", "{\"givenName\":\"Bench\",\"familyName\":\"Mark" + i
                + "\",\"dateOfBirth\":\"2017-01-01\"}"), "childId");
        String at = LocalDate.now(AuthorityTime.ZONE).minusDays(20).atTime(10, 0).atZone(AuthorityTime.ZONE).toInstant().toString();
        String caseId = json(post("/api/cases", "{\"childId\":\"" + child + "\",\"contactReceivedAt\":\"" + at
                + "\",\"referralSource\":\"2A\"}"), "caseId");
        post("/api/cases/" + caseId + "/referral-decision", "{\"decision\":\"REFERRAL\",\"decidedAt\":\"" + at + "\"}");
        post("/api/cases/" + caseId + "/allocation", "{\"worker\":\"" + worker + "\",\"team\":\"North\"}");
        return caseId;
    }

    private String post(String path, String body) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private String get(String path) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    private String send(HttpRequest.Builder request) throws Exception {
        request.header("Authorization", bearer);
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 400) {
            throw new IllegalStateException("benchmark request failed: " + response.statusCode() + " " + response.body());
        }
        return response.body();
    }

    private static String json(String body, String field) throws Exception {
        return new ObjectMapper().readTree(body).path(field).asText();
    }

    private static double peakHeapMiB() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum() / (1024.0 * 1024.0);
    }

    private void row(String metric, Object value, Object baseline, String baselineName) {
        results.row(metric, value, baseline, baselineName);
    }
}
