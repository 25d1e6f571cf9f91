package com.perflab.mall.common.test;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The proxy in front of the real Redis: passes PING, refuses when down, hangs when silent, and recovers. */
class FaultProxyTest {

    private static final String REDIS_HOST = System.getenv().getOrDefault("MALL_REDIS_HOST", "127.0.0.1");
    private static final int REDIS_PORT = Integer.parseInt(System.getenv().getOrDefault("MALL_REDIS_PORT", "6379"));

    @Test
    void passesCutsHangsAndRecovers() throws Exception {
        try (FaultProxy proxy = FaultProxy.to(REDIS_HOST, REDIS_PORT)) {
            assertThat(ping(proxy.port())).isEqualTo("+PONG");

            proxy.mode(FaultProxy.Mode.DOWN);
            assertThat(ping(proxy.port())).isEqualTo("closed");

            proxy.mode(FaultProxy.Mode.SILENT);
            assertThat(ping(proxy.port())).isEqualTo("timeout");

            proxy.mode(FaultProxy.Mode.PASS);
            assertThat(ping(proxy.port())).isEqualTo("+PONG");
        }
    }

    @Test
    void leavingPassCutsOpenConnections() throws Exception {
        try (FaultProxy proxy = FaultProxy.to(REDIS_HOST, REDIS_PORT);
             Socket socket = new Socket("127.0.0.1", proxy.port())) {
            socket.setSoTimeout(2000);
            socket.getOutputStream().write("PING\r\n".getBytes(StandardCharsets.US_ASCII));
            assertThat(readLine(socket.getInputStream())).isEqualTo("+PONG");
            proxy.mode(FaultProxy.Mode.DOWN);
            assertThat(socket.getInputStream().read()).isEqualTo(-1);
        }
    }

    private static String ping(int port) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(500);
            socket.getOutputStream().write("PING\r\n".getBytes(StandardCharsets.US_ASCII));
            String line = readLine(socket.getInputStream());
            return line.isEmpty() ? "closed" : line;
        } catch (SocketTimeoutException e) {
            return "timeout";
        } catch (IOException e) {
            return "closed";
        }
    }

    private static String readLine(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        int c;
        while ((c = in.read()) >= 0 && c != '\n') {
            if (c != '\r') {
                line.append((char) c);
            }
        }
        if (c == '\r') {
            in.read(); // the '\n' of the line end, so a later read() sees only what follows
        }
        return line.toString();
    }
}
