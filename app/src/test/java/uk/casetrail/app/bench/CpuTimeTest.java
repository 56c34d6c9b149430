package uk.casetrail.app.bench;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class CpuTimeTest {

    @TempDir
    Path process;

    @Test
    void a_process_whose_name_holds_spaces_and_parentheses_is_read_from_its_state_on() throws Exception {
        // pid (name) state ppid pgrp session tty tpgid flags minflt cminflt majflt cmajflt utime stime cutime cstime ...
        Files.writeString(process.resolve("stat"), "4242 (postgres: a (b) c) S 4100 4100 4100 0 -1 4194560 10 0 0 0 731 88 5 2 20 0 1\n");
        var fields = CpuTime.statFields(process);
        assertThat(fields.get(0)).as("state").isEqualTo("S");
        assertThat(fields.get(1)).as("parent").isEqualTo("4100");
        assertThat(fields.subList(11, 15)).as("user, system, reaped children's user and system ticks").containsExactly("731", "88", "5", "2");
    }

    @Test
    void a_process_that_ended_while_read_has_no_fields() {
        assertThat(CpuTime.statFields(process.resolve("gone"))).isEmpty();
    }
}
