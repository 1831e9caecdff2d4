package org.threatloom.web.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * An I/O failure in the middle of saving a model, for as long as it is open: a file sits where the revision folder
 * ({@code .threatloom-history}) goes, so the save fails after the model was serialised. Closing puts the folder back.
 */
public final class SaveFailure implements AutoCloseable {
    private final Path history;
    private final Path away;

    private SaveFailure(Path history, Path away) {
        this.history = history;
        this.away = away;
    }

    /** Makes every save of the model file {@code modelFile} (and its neighbours) fail until closed. */
    public static SaveFailure inject(Path modelFile) throws IOException {
        Path history = modelFile.resolveSibling(".threatloom-history");
        Path away = modelFile.resolveSibling("history-away-" + System.nanoTime());
        if (Files.exists(history)) Files.move(history, away);
        Files.writeString(history, "a file where the revision folder goes: the save fails with an I/O error");
        return new SaveFailure(history, away);
    }

    @Override
    public void close() throws IOException {
        Files.delete(history);
        if (Files.exists(away)) Files.move(away, history);
    }
}
