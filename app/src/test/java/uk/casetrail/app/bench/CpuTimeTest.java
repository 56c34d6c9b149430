package uk.casetrail.app.bench;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.FileSystemUtils;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

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
    void the_jit_compilers_threads_are_counted_apart_and_keep_their_time_once_ended() throws Exception {
        Path tasks = process.resolve("task");
        thread(tasks, "101", "C2 CompilerThre", 500, 20);
        thread(tasks, "102", "C1 CompilerThre", 40, 2);
        thread(tasks, "103", "http-nio-8080-e", 900, 90);
        thread(tasks, "104", "C2 CompilerThre", 7, 0);
        Map<String, Long> seen = new HashMap<>();
        assertThat(CpuTime.compilerTicks(tasks, seen)).as("user and system ticks of the compiler threads alone").isEqualTo(569);

        thread(tasks, "101", "C2 CompilerThre", 600, 20);
        FileSystemUtils.deleteRecursively(tasks.resolve("104"));
        assertThat(CpuTime.compilerTicks(tasks, seen)).as("a compiler thread that ended still spent what it spent").isEqualTo(669);
    }

    @Test
    void a_jvm_without_proc_counts_no_compiler_time_apart() {
        assertThat(CpuTime.compilerTicks(process.resolve("no-such-directory"), new HashMap<>())).isZero();
    }

    @Test
    void a_process_that_ended_while_read_has_no_fields() {
        assertThat(CpuTime.statFields(process.resolve("gone"))).isEmpty();
    }

    private static void thread(Path tasks, String id, String name, long userTicks, long systemTicks) throws IOException {
        Path thread = Files.createDirectories(tasks.resolve(id));
        Files.writeString(thread.resolve("comm"), name + "\n");
        Files.writeString(thread.resolve("stat"), id + " (" + name + ") S 1 1 1 0 -1 4194368 10 0 0 0 " + userTicks + " " + systemTicks + " 0 0 20 0 1\n");
    }
}
