package uk.casetrail.app.security;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import uk.casetrail.app.support.CasetrailIntegrationTest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

@CasetrailIntegrationTest
class FirewallTest {

    @LocalServerPort
    int port;

    @Test
    void a_control_character_in_the_sign_in_header_is_refused_as_a_problem() throws IOException {
        // U+0085 (a C1 control) passes Tomcat, which reads header bytes as ISO-8859-1; the firewall refuses it.
        String answer = get("Basic " + Base64.getEncoder().encodeToString("alice:demo".getBytes(StandardCharsets.UTF_8)) + "\u0085");
        assertThat(answer).startsWith("HTTP/1.1 400");
        assertThat(answer).containsIgnoringCase("Content-Type: application/problem+json");
        assertThat(answer).contains("\"title\":\"Request refused\"").doesNotContain("Exception");
    }

    @Test
    void a_sign_in_header_of_printable_text_is_read() throws IOException {
        String answer = get("Basic " + Base64.getEncoder().encodeToString("alice:demo".getBytes(StandardCharsets.UTF_8)));
        assertThat(answer).startsWith("HTTP/1.1 200");
    }

    /** A request written byte by byte: HTTP clients refuse to send a control character in a header. */
    private String get(String authorization) throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            OutputStream out = socket.getOutputStream();
            out.write(("GET /api/caseload HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\nAuthorization: "
                    + authorization + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            in.transferTo(answer);
            return answer.toString(StandardCharsets.ISO_8859_1);
        }
    }
}
