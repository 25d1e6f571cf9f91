package com.perflab.mall.gateway;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * HTTP/1.1 requests written byte for byte on a socket: java.net.http and WebClient normalise or refuse odd
 * request targets ({@code //}, {@code ..}, backslashes) before they leave the client, so tests of the
 * gateway's own path handling must not use them.
 */
public final class RawHttp {

    private RawHttp() {
    }

    public record Reply(int status, String body) {
    }

    /** Sends {@code METHOD target HTTP/1.1} with the headers (plus Host and Connection: close), reads the reply. */
    public static Reply send(int port, String method, String target, Map<String, String> headers) throws IOException {
        StringBuilder request = new StringBuilder().append(method).append(' ').append(target).append(" HTTP/1.1\r\n")
                .append("Host: 127.0.0.1:").append(port).append("\r\n");
        headers.forEach((name, value) -> request.append(name).append(": ").append(value).append("\r\n"));
        request.append("Content-Length: 0\r\nConnection: close\r\n\r\n");
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            // ISO-8859-1: one byte per char, so a test can put any byte into the request line
            out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream reply = new ByteArrayOutputStream();
            in.transferTo(reply);
            String text = reply.toString(StandardCharsets.UTF_8);
            if (!text.startsWith("HTTP/1.1 ")) {
                throw new IOException("not an HTTP reply to " + target + ": " + text);
            }
            int status = Integer.parseInt(text.substring(9, 12));
            int bodyStart = text.indexOf("\r\n\r\n");
            return new Reply(status, bodyStart < 0 ? "" : text.substring(bodyStart + 4));
        }
    }
}
