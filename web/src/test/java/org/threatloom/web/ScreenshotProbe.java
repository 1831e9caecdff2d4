package org.threatloom.web;

import java.nio.file.Path;

import org.threatloom.web.support.Browser;
import org.threatloom.web.support.TestServer;

/** Manual probe: opens the editor and writes a screenshot (not a test; run with exec or from an IDE). */
public final class ScreenshotProbe {
    public static void main(String[] args) throws Exception {
        try (TestServer s = TestServer.start(); Browser b = Browser.open()) {
            b.signIn(s.url(), "admin", args.length > 0 ? args[0] : "smart-factory");
            Thread.sleep(1500);
            if (args.length > 2) { // select an element (its properties and threats)
                b.find("[data-cell-id='" + args[2] + "']").click();
                Thread.sleep(800);
            }
            System.out.println("render: " + b.js("return JSON.stringify(window.__tlRender) + ' open ' + window.__tlOpenMs"));
            System.out.println("console: " + b.driver.manage().logs().get("browser").getAll());
            b.screenshot(Path.of(args.length > 1 ? args[1] : "/tmp/tl-shot.png"));
        }
    }
}
