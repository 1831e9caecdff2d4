package org.threatloom.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Where a report goes: standard output, or a file written atomically ({@code -o FILE}). */
public final class Output {
    private Output() {}

    public static void write(String text, Path file, PrintWriter out) throws IOException {
        if (file == null) {
            out.print(text);
            if (!text.endsWith("\n")) out.println();
            out.flush();
            return;
        }
        Path target = file.toAbsolutePath();
        Files.createDirectories(target.getParent());
        Path temp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
        try {
            Files.writeString(temp, text, StandardCharsets.UTF_8);
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
