package org.threatloom.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.threatloom.app.commands.ServeCommand;

class ServeCommandTest {

    @Test
    void serveSeedsAnEmptyWorkspaceWithTheExamplesAndPrintsTheOneTimeAdminPassword() throws Exception {
        Path dir = Files.createTempDirectory("tl-serve").resolve("ws");
        StringWriter out = new StringWriter();
        CountDownLatch stop = new CountDownLatch(1);
        ServeCommand.stopSignal = stop;
        int[] exit = {-1};
        Thread t = new Thread(() -> exit[0] = ThreatLoom.run(new PrintWriter(out, true), new PrintWriter(new StringWriter(), true),
                "serve", "--workspace", dir.toString(), "--port", "0"));
        t.start();
        try {
            Matcher url = null;
            Matcher pw = null;
            for (int i = 0; i < 300 && (url == null || pw == null); i++) {
                Thread.sleep(100);
                Matcher u = Pattern.compile("at (http://127\\.0\\.0\\.1:\\d+)/").matcher(out.toString());
                Matcher p = Pattern.compile("one-time password (\\S+)").matcher(out.toString());
                if (u.find()) url = u;
                if (p.find()) pw = p;
            }
            assertTrue(url != null && pw != null, out.toString());
            assertTrue(Files.exists(dir.resolve("smart-factory.tlm")));
            HttpClient c = HttpClient.newBuilder().cookieHandler(new java.net.CookieManager()).build();
            HttpResponse<String> login = c.send(HttpRequest.newBuilder(URI.create(url.group(1) + "/api/v1/login"))
                    .header("Origin", url.group(1)).POST(HttpRequest.BodyPublishers.ofString(
                            "{\"name\":\"admin\",\"password\":\"" + pw.group(1) + "\"}")).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, login.statusCode(), login.body());
            HttpResponse<String> models = c.send(HttpRequest.newBuilder(URI.create(url.group(1) + "/api/v1/models")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertTrue(models.body().contains("smart-factory"));
        } finally {
            stop.countDown();
            t.join(10_000);
            ServeCommand.stopSignal = null;
        }
        assertEquals(0, exit[0]);
    }

    @Test
    void serveRefusesANonLoopbackHostWithoutAccounts() throws Exception {
        Path dir = Files.createTempDirectory("tl-serve-wide");
        Cli r = Cli.run("serve", "--workspace", dir.toString(), "--host", "0.0.0.0", "--port", "0");
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("without accounts"), r.err());
    }
}
