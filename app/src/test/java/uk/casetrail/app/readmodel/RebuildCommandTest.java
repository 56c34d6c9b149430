package uk.casetrail.app.readmodel;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import uk.casetrail.app.CasetrailApplication;
import uk.casetrail.app.CommandLine;
import uk.casetrail.app.support.Api;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code java -jar casetrail.jar rebuild}: the operator's rebuild from the command line, with progress. */
class RebuildCommandTest {

    @TempDir
    Path dataDir;

    @Test
    void the_rebuild_command_replays_the_log_reports_progress_and_exits() throws Exception {
        String dataDirArg = "--casetrail.data-dir=" + dataDir;
        String childId;
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(CasetrailApplication.class)
                .run("--server.port=0", dataDirArg)) {
            int port = ((WebServerApplicationContext) app).getWebServer().getPort();
            childId = Api.at(port).as("alice").post("/api/children",
                    "{\"givenName\":\"Cli\",\"familyName\":\"Rebuild\",\"dateOfBirth\":\"2020-02-02\"}").text("childId");
        }

        PrintStream console = System.out;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        int status;
        try {
            System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
            status = CommandLine.rebuild(dataDirArg);
        } finally {
            System.setOut(console);
        }
        assertThat(status).isZero();
        assertThat(printed.toString(StandardCharsets.UTF_8)).contains("rebuild: complete, 1 events");

        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(CasetrailApplication.class)
                .run("--server.port=0", dataDirArg)) {
            int port = ((WebServerApplicationContext) app).getWebServer().getPort();
            assertThat(Api.at(port).as("alice").get("/api/children/" + childId).text("givenName")).isEqualTo("Cli");
        }
    }
}
