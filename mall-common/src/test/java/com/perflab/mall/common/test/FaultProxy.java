package com.perflab.mall.common.test;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A TCP proxy on a loopback port in front of a real server (MariaDB, Redis, RabbitMQ, Elasticsearch), so a
 * test can make that server unreachable or silent for the code under test without touching the server
 * itself, which other tests and the user's lab share. Point the service at {@link #port()} instead of the
 * server's own port, then switch the {@link Mode} while it runs.
 */
public final class FaultProxy implements AutoCloseable {

    /** What the proxy does with connections. */
    public enum Mode {
        /** bytes flow both ways: the server as it is */
        PASS,
        /** open connections are cut and new ones closed at once: the server is down */
        DOWN,
        /** connections are accepted but nothing is forwarded or answered: the server hangs */
        SILENT
    }

    private final String targetHost;
    private final int targetPort;
    private final ServerSocket listener;
    private final Set<Socket> sockets = ConcurrentHashMap.newKeySet();
    private volatile Mode mode = Mode.PASS;
    private volatile boolean closed;

    private FaultProxy(String targetHost, int targetPort) throws IOException {
        this.targetHost = targetHost;
        this.targetPort = targetPort;
        this.listener = new ServerSocket();
        listener.setReuseAddress(true);
        listener.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        Thread acceptor = new Thread(this::acceptLoop, "fault-proxy-" + listener.getLocalPort());
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /** A proxy on a free loopback port in front of {@code host:port}, passing traffic until told otherwise. */
    public static FaultProxy to(String host, int port) {
        try {
            return new FaultProxy(host, port);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open a proxy port", e);
        }
    }

    public int port() {
        return listener.getLocalPort();
    }

    public Mode mode() {
        return mode;
    }

    /** Switches the mode; leaving {@link Mode#PASS} cuts every open connection, as a crash or partition would. */
    public void mode(Mode next) {
        Mode previous = this.mode;
        this.mode = next;
        if (next != Mode.PASS && previous != next) {
            cutAll();
        }
    }

    /** Cuts every open connection, leaving the mode as it is (a server restart that the clients must survive). */
    public void cutAll() {
        for (Socket socket : sockets) {
            closeQuietly(socket);
        }
        sockets.clear();
    }

    @Override
    public void close() {
        closed = true;
        closeQuietly(listener);
        cutAll();
    }

    private void acceptLoop() {
        while (!closed) {
            Socket client;
            try {
                client = listener.accept();
            } catch (IOException e) {
                if (closed) {
                    return;
                }
                continue;
            }
            switch (mode) {
                case DOWN -> closeQuietly(client);
                case SILENT -> sockets.add(client); // held open, never read: the caller's timeouts decide
                case PASS -> connect(client);
            }
        }
    }

    private void connect(Socket client) {
        Socket server = new Socket();
        try {
            server.connect(new InetSocketAddress(targetHost, targetPort), 2000);
        } catch (IOException e) {
            closeQuietly(client);
            closeQuietly(server);
            return;
        }
        sockets.add(client);
        sockets.add(server);
        pipe(client, server);
        pipe(server, client);
    }

    private void pipe(Socket from, Socket to) {
        Thread thread = new Thread(() -> {
            byte[] buffer = new byte[16 * 1024];
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                int n;
                while ((n = in.read(buffer)) >= 0) {
                    if (mode != Mode.PASS) {
                        break;
                    }
                    out.write(buffer, 0, n);
                    out.flush();
                }
            } catch (SocketException cut) {
                // closed by cutAll() or by a peer
            } catch (IOException e) {
                // the peer went away
            } finally {
                closeQuietly(from);
                closeQuietly(to);
                sockets.remove(from);
                sockets.remove(to);
            }
        }, "fault-proxy-pipe");
        thread.setDaemon(true);
        thread.start();
    }

    private static void closeQuietly(AutoCloseable closeable) {
        try {
            closeable.close();
        } catch (Exception ignored) {
            // already closed
        }
    }
}
