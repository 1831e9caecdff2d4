package org.threatloom.app.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.threatloom.metamodel.io.ModelLoadException;

/** How every command reports a model that cannot be loaded: one line (or JSON object) and exit code 2. */
public final class LoadFailure {
    private LoadFailure() {}

    public static int report(ModelLoadException e, Format format, PrintWriter out, PrintWriter err) {
        if (format == Format.json) {
            Map<String, Object> error = new LinkedHashMap<>();
            error.put("line", e.line());
            error.put("column", e.column());
            error.put("message", e.getMessage());
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("file", e.file());
            doc.put("valid", false);
            doc.put("errors", List.of(error));
            Json.print(out, doc);
        } else {
            err.println("threatloom: " + e.describe());
            err.flush();
        }
        return ExitCodes.BAD_INPUT;
    }
}
