package uk.casetrail.app.bench;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Collections;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import static org.assertj.core.api.Assertions.assertThat;

class LoadRunTest {

    @Test
    void a_step_warmed_up_runs_from_every_client_on_iterations_its_measured_run_never_reaches() throws Exception {
        Set<String> warmed = ConcurrentHashMap.newKeySet();
        LoadRun.warm(2, Duration.ofMillis(200), (client, i) -> {
            warmed.add(client + ":" + i);
            Thread.sleep(1);
        });
        Set<String> measured = ConcurrentHashMap.newKeySet();
        Latencies latencies = LoadRun.run(2, Duration.ofMillis(200), (client, i) -> {
            measured.add(client + ":" + i);
            Thread.sleep(1);
        });

        assertThat(warmed).as("both clients ran").anyMatch(k -> k.startsWith("0:")).anyMatch(k -> k.startsWith("1:"));
        // A raw insert's key is made from its client and iteration: the measured run must not meet the warm-up's rows.
        assertThat(measured).isNotEmpty();
        assertThat(Collections.disjoint(measured, warmed)).isTrue();
        assertThat(latencies.operations()).as("only the measured run is timed").isEqualTo(measured.size());
    }

    @Test
    void no_warm_up_asked_runs_nothing() throws Exception {
        Set<Long> ran = ConcurrentHashMap.newKeySet();
        LoadRun.warm(4, Duration.ZERO, (client, i) -> ran.add(i));
        assertThat(ran).isEmpty();
    }
}
