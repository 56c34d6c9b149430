package uk.casetrail.app.support;

import java.io.File;
import java.net.ServerSocket;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/** A Casetrail node as its own operating-system process on a loopback port, and a database of its own. */
public final class NodeProcess {

    private NodeProcess() {
    }

    /** A new, empty database on the test PostgreSQL server, for nodes that must not share the suite's data. */
    public static String freshDatabase(String prefix) throws Exception {
        String base = TestDatabase.url();
        String name = prefix + "_" + UUID.randomUUID().toString().substring(0, 8);
        try (Connection admin = DriverManager.getConnection(base, "postgres", "")) {
            admin.createStatement().execute("CREATE DATABASE " + name);
        }
        return base.replaceFirst("/postgres(\\?|$)", "/" + name + "$1");
    }

    public static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** Starts a node (demo users, the given database) and waits until it answers its health check. */
    public static Process start(String url, int port, String name) throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        Process process = new ProcessBuilder(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                "uk.casetrail.app.CasetrailApplication", "--server.port=" + port, "--spring.profiles.active=demo",
                "--spring.datasource.url=" + url, "--spring.datasource.username=postgres", "--casetrail.nodes.heartbeat=1s")
                .redirectErrorStream(true).redirectOutput(new File("target/node-" + name + ".log")).start();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        while (Instant.now().isBefore(deadline)) {
            try {
                if (Api.at(port).get("/actuator/health").status() == 200) {
                    return process;
                }
            } catch (RuntimeException starting) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        process.destroyForcibly();
        throw new AssertionError("node " + name + " did not start");
    }
}
