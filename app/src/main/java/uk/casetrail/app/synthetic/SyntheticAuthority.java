package uk.casetrail.app.synthetic;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.casetrail.events.calendar.WorkingDayCalendar;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * Makes a synthetic local authority through the command path: every child's journey is sent as the
 * commands practitioners' writes send, so every event is one the platform itself recorded and every
 * rule of the journey was applied. Children are independent, so several are loaded at once; each
 * child's commands go in order. Same seed, same children.
 */
public final class SyntheticAuthority {

    private static final Logger log = LoggerFactory.getLogger(SyntheticAuthority.class);

    /** What to make. */
    public record Plan(int children, long seed, int years, int threads) {
    }

    /** What was made. {@code rejected} counts commands the write model refused: it should be none. */
    public record Made(int children, long commands, long rejected, Duration took) {
        public double commandsPerSecond() {
            return commands / Math.max(0.001, took.toMillis() / 1000.0);
        }
    }

    private final CommandGateway gateway;
    private final WorkingDayCalendar calendar;
    private final LocalDate today;

    public SyntheticAuthority(CommandGateway gateway, WorkingDayCalendar calendar, LocalDate today) {
        this.gateway = gateway;
        this.calendar = calendar;
        this.today = today;
    }

    public Made make(Plan plan, Consumer<String> progress) throws Exception {
        return make(plan, 0, progress);
    }

    /**
     * Loads the authority's children from number {@code firstChild} on (the same children a load of the
     * whole plan makes): an authority can be grown in steps, measuring it at each size.
     */
    public Made make(Plan plan, int firstChild, Consumer<String> progress) throws Exception {
        Staff staff = Staff.of(20);
        AtomicInteger next = new AtomicInteger(firstChild);
        AtomicInteger done = new AtomicInteger();
        AtomicLong commands = new AtomicLong();
        AtomicLong rejected = new AtomicLong();
        long began = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(plan.threads());
        try {
            List<Future<?>> loaders = new ArrayList<>();
            for (int t = 0; t < plan.threads(); t++) {
                loaders.add(pool.submit(() -> {
                    for (int child = next.getAndIncrement(); child < plan.children(); child = next.getAndIncrement()) {
                        for (CommandMessage<?> command : Journey.of(plan.seed(), child, plan.years(), today, calendar, staff)) {
                            commands.incrementAndGet();
                            if (!send(command)) {
                                rejected.incrementAndGet();
                                break;
                            }
                        }
                        int finished = firstChild + done.incrementAndGet();
                        if (finished % 1000 == 0 || finished == plan.children()) {
                            double seconds = (System.nanoTime() - began) / 1e9;
                            progress.accept(String.format(Locale.ROOT, "synthetic authority: %d of %d children, %d commands, %.0f commands/s",
                                    finished, plan.children(), commands.get(), commands.get() / seconds));
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> loader : loaders) {
                loader.get();
            }
        } finally {
            pool.shutdownNow();
        }
        return new Made(plan.children() - firstChild, commands.get(), rejected.get(), Duration.ofNanos(System.nanoTime() - began));
    }

    private boolean send(CommandMessage<?> command) {
        try {
            gateway.sendAndWait(command);
            return true;
        } catch (RuntimeException refused) {
            // A refusal means the generator drew a journey the rules forbid: report it, keep loading.
            log.warn("synthetic command {} refused: {}", command.getPayloadType().getSimpleName(), refused.getMessage());
            return false;
        }
    }
}
