package uk.casetrail.app.bench;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LargeLogTest {

    @Test
    void eachReadAtEachNumberOfClientsIsTheMedianOfItsRoundsSoThatOneDisturbedStepDoesNotDecideTheComparison() {
        List<List<AuditedReads.Figure>> rounds = List.of(
                List.of(new AuditedReads.Figure("caseView", 1, 4.0, 15.0, 0, 100), new AuditedReads.Figure("caseView", 64, 80.0, 200.0, 1, 900)),
                List.of(new AuditedReads.Figure("caseView", 64, 70.0, 180.0, 0, 950), new AuditedReads.Figure("caseView", 1, 9.8, 42.0, 0, 60)),
                List.of(new AuditedReads.Figure("caseView", 1, 3.0, 11.0, 2, 110), new AuditedReads.Figure("caseView", 64, 90.0, 150.0, 0, 800)));

        assertThat(LargeLog.medians(rounds)).containsExactly(
                new AuditedReads.Figure("caseView", 1, 4.0, 15.0, 2, 270),
                new AuditedReads.Figure("caseView", 64, 80.0, 180.0, 1, 2650));
    }

    @Test
    void anEvenNumberOfRoundsTakesTheMeanOfTheMiddleTwo() {
        List<List<AuditedReads.Figure>> rounds = List.of(
                List.of(new AuditedReads.Figure("chronology", 1, 2.0, 8.0, 0, 10)),
                List.of(new AuditedReads.Figure("chronology", 1, 3.0, 12.0, 0, 10)));

        assertThat(LargeLog.medians(rounds)).containsExactly(new AuditedReads.Figure("chronology", 1, 2.5, 10.0, 0, 20));
    }

    @Test
    void aLogAlreadyAsLargeAsAskedIsNotComparedWithItselfButRefusedWithWhatToDo() {
        LargeLog.mustGrow(19_999, 20_000);
        assertThatThrownBy(() -> LargeLog.mustGrow(20_000, 20_000)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("the log already holds 20000 events").hasMessageContaining("--bench.large-events=20000");
    }

    @Test
    void aRunWithoutRoundsToCompareIsRefusedBeforeAnythingIsMeasured() {
        assertThatThrownBy(() -> new Benchmark.Settings(Duration.ofSeconds(1), Duration.ZERO, Duration.ZERO, Duration.ZERO,
                List.of(1), List.of(1), 40, Path.of("bench-results.json"), 20_000, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--bench.large-rounds must be at least 1");
    }
}
