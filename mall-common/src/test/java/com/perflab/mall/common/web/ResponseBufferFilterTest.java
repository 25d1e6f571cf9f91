package com.perflab.mall.common.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServer;

/**
 * On a real Tomcat: what leaves the socket for answers around Tomcat's 8 KB default buffer, with and without
 * the filter. The servlet writes its body and returns without flushing, as Spring MVC's JSON writing does.
 */
class ResponseBufferFilterTest {

    private static final int BUFFER = 32 * 1024;

    private final HttpClient client = HttpClient.newHttpClient();
    private WebServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop();
        }
    }

    @Test
    void anAnswerThatFitsTheBufferLeavesWholeWithItsLength() throws Exception {
        start(true);
        for (int bytes : new int[] {11_000, BUFFER}) {
            HttpResponse<byte[]> answer = get(bytes);
            assertThat(answer.headers().firstValue("Content-Length")).as("%d bytes", bytes).hasValue("" + bytes);
            assertThat(answer.headers().firstValue("Transfer-Encoding")).isEmpty();
            assertThat(answer.body()).hasSize(bytes);
        }
    }

    @Test
    void withoutTheFilterTomcatChunksAnythingOverEightKilobytes() throws Exception {
        start(false);
        HttpResponse<byte[]> answer = get(11_000);
        assertThat(answer.headers().firstValue("Transfer-Encoding")).hasValue("chunked");
        assertThat(answer.headers().firstValue("Content-Length")).isEmpty();
        assertThat(answer.body()).hasSize(11_000);
    }

    @Test
    void aLongerAnswerStillStreams() throws Exception {
        start(true);
        HttpResponse<byte[]> answer = get(BUFFER * 3);
        assertThat(answer.headers().firstValue("Transfer-Encoding")).hasValue("chunked");
        assertThat(answer.body()).hasSize(BUFFER * 3);
    }

    private void start(boolean withFilter) {
        server = new TomcatServletWebServerFactory(0).getWebServer(context -> {
            context.addServlet("answer", new Answer()).addMapping("/answer");
            if (withFilter) {
                context.addFilter("buffer", new ResponseBufferFilter(BUFFER)).addMappingForUrlPatterns(null, false, "/*");
            }
        });
        server.start();
    }

    private HttpResponse<byte[]> get(int bytes) throws Exception {
        URI uri = URI.create("http://127.0.0.1:" + server.getPort() + "/answer?bytes=" + bytes);
        return client.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** Writes the asked number of bytes in pieces of 1 KB and returns without flushing. */
    private static final class Answer extends HttpServlet {

        @Override
        protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
            int bytes = Integer.parseInt(request.getParameter("bytes"));
            response.setContentType("application/json");
            byte[] piece = new byte[1024];
            Arrays.fill(piece, (byte) 'a');
            for (int written = 0; written < bytes; written += piece.length) {
                response.getOutputStream().write(piece, 0, Math.min(piece.length, bytes - written));
            }
        }
    }
}
