package org.threatloom.app.commands;

import java.io.PrintWriter;

import org.threatloom.catalog.derive.DerivationEngine;

/** A progress bar on standard error for large models, only when a person is watching (a console). */
final class Progress {
    static final int THRESHOLD = 5_000;

    private Progress() {}

    static DerivationEngine.Progress forConsole(PrintWriter err) {
        if (System.console() == null) return null;
        return (done, total) -> {
            if (total < THRESHOLD) return;
            int width = 40, filled = (int) ((long) done * width / total);
            err.print("\r[" + "=".repeat(filled) + " ".repeat(width - filled) + "] " + done + "/" + total + " elements");
            if (done == total) err.println();
            err.flush();
        };
    }
}
