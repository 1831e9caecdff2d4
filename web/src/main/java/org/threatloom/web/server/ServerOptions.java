package org.threatloom.web.server;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Duration;

/**
 * How to run the server. {@code secureCookies} null means the rule in the README: cookies are marked Secure unless
 * the server listens on a loopback address only (plain-HTTP local development).
 */
public record ServerOptions(Path workspace, String host, int port, Duration idleTimeout, Duration absoluteTimeout,
                            long maxUploadBytes, int analysisWorkers, int analysisQueue, Boolean secureCookies) {

    public static ServerOptions defaults(Path workspace) {
        return new ServerOptions(workspace, "127.0.0.1", 7070, Duration.ofMinutes(30), Duration.ofHours(8), 16L << 20, 2, 16, null);
    }

    public ServerOptions withPort(int p) {
        return new ServerOptions(workspace, host, p, idleTimeout, absoluteTimeout, maxUploadBytes, analysisWorkers, analysisQueue, secureCookies);
    }

    public ServerOptions withHost(String h) {
        return new ServerOptions(workspace, h, port, idleTimeout, absoluteTimeout, maxUploadBytes, analysisWorkers, analysisQueue, secureCookies);
    }

    public ServerOptions withTimeouts(Duration idle, Duration absolute) {
        return new ServerOptions(workspace, host, port, idle, absolute, maxUploadBytes, analysisWorkers, analysisQueue, secureCookies);
    }

    public ServerOptions withMaxUpload(long bytes) {
        return new ServerOptions(workspace, host, port, idleTimeout, absoluteTimeout, bytes, analysisWorkers, analysisQueue, secureCookies);
    }

    public ServerOptions withAnalysis(int workers, int queue) {
        return new ServerOptions(workspace, host, port, idleTimeout, absoluteTimeout, maxUploadBytes, workers, queue, secureCookies);
    }

    public boolean loopback() {
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    public boolean cookiesSecure() {
        return secureCookies != null ? secureCookies : !loopback();
    }
}
