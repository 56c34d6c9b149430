package uk.casetrail.app.deployment;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The compose file's load balancer configuration is valid nginx, and the nodes run the production profile. */
class ComposeAndNginxTest {

    private static final Path DOCKER = Path.of("..", "docker");

    @Test
    void nginx_accepts_the_load_balancer_configuration(@TempDir Path work) throws Exception {
        Path nginx = Path.of("/usr/sbin/nginx");
        assumeTrue(Files.isExecutable(nginx), "nginx is not installed here");
        // Outside compose the node names do not resolve; loopback stands in for them.
        String config = Files.readString(DOCKER.resolve("nginx.conf"))
                .replace("app1:8080", "127.0.0.1:18081").replace("app2:8080", "127.0.0.1:18082")
                .replace("pid /tmp/nginx.pid;", "pid " + work.resolve("nginx.pid") + ";");
        Path file = work.resolve("nginx.conf");
        Files.writeString(file, config);
        Process test = new ProcessBuilder(nginx.toString(), "-t", "-c", file.toString(), "-p", work.toString(),
                "-e", work.resolve("error.log").toString()).redirectErrorStream(true).start();
        assertThat(test.waitFor(30, TimeUnit.SECONDS)).isTrue();
        String output = new String(test.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(test.exitValue()).as(output).isZero();
        assertThat(output).contains("syntax is ok");
    }

    @Test
    void the_compose_file_runs_two_nodes_without_demo_users_behind_consistent_hashing() throws IOException {
        String compose = Files.readString(DOCKER.resolve("compose.yml"));
        assertThat(compose).contains("app1:", "app2:", "postgres:", "nginx:", "healthcheck:", "SPRING_DATASOURCE_URL",
                "SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_ISSUER_URI");
        assertThat(compose).doesNotContain("SPRING_PROFILES_ACTIVE: demo", "CASETRAIL_DEMO_PASSWORD");
        assertThat(Files.readString(DOCKER.resolve("nginx.conf"))).contains("hash $case_key consistent");
        assertThat(Files.readString(DOCKER.resolve("Dockerfile"))).contains("USER casetrail", "--layers");
    }
}
