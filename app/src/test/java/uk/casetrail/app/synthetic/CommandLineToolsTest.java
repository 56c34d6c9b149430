package uk.casetrail.app.synthetic;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.casetrail.app.CommandLine;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The operator's long-running commands say how far they have come, and exit with what they found. */
class CommandLineToolsTest {

    @TempDir
    Path dataDir;

    @Test
    void generate_loads_a_synthetic_authority_grows_it_in_bulk_with_progress_and_verify_then_finds_the_log_untampered() throws Exception {
        String data = "--casetrail.data-dir=" + dataDir;

        Printed generated = printed(() -> CommandLine.generate(data, "--synthetic.children=30", "--synthetic.seed=5",
                "--synthetic.events=1500"));
        assertThat(generated.status()).isZero();
        assertThat(generated.text()).contains("synthetic authority: 30 of 30 children").containsPattern("30 children, \\d+ commands \\(0 refused\\)");
        Matcher grown = Pattern.compile("bulk load: \\d+ events written in \\d+ s \\(copies 1 to \\d+\\), \\d+ events/s; the log holds (\\d+)")
                .matcher(generated.text());
        assertThat(grown.find()).as(generated.text()).isTrue();
        assertThat(Long.parseLong(grown.group(1))).isGreaterThanOrEqualTo(1500);

        Printed verified = printed(() -> CommandLine.verify(data));
        assertThat(verified.status()).isZero();
        assertThat(verified.text()).contains("verify: untampered");
    }

    private record Printed(int status, String text) {
    }

    private static Printed printed(Callable<Integer> command) throws Exception {
        PrintStream console = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            int status = command.call();
            return new Printed(status, out.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(console);
        }
    }
}
