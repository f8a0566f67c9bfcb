package dev.bazaar.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

/** Loopback port checks: a clear "port in use" beats a bind error deep in a child's log. */
public final class Ports {

    private Ports() {
    }

    /** True when nothing listens on 127.0.0.1:{@code port} (nor on the wildcard address). */
    public static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            // as the servers themselves will: reuse lets a port in TIME_WAIT count as free
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** A port the kernel considers free right now, for tests and private instances. */
    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Fails with a message that names the port, its use and how to change it. */
    public static void requireFree(int port, String use, String howToChange) {
        if (!isFree(port)) {
            throw new StartupException("port " + port + " (" + use + ") is already in use by another program."
                    + " Stop that program" + (howToChange == null ? "" : ", or " + howToChange) + ".");
        }
    }
}
