package org.threatloom.web.routes;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import org.threatloom.metamodel.interop.ImportException;
import org.threatloom.metamodel.interop.ImportReport;
import org.threatloom.metamodel.io.ModelLoadException;
import org.threatloom.metamodel.io.XmiCodec;
import org.threatloom.model.ModelElement;
import org.threatloom.web.edit.ElementJson;
import org.threatloom.web.edit.MetamodelJson;
import org.threatloom.web.security.Role;
import org.threatloom.web.server.Api;
import org.threatloom.web.server.ApiException;
import org.threatloom.web.server.Json;
import org.threatloom.web.workspace.ModelHandle;
import org.threatloom.web.workspace.Workspace;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.javalin.http.Context;

/** Models and elements: list, create, upload and download XMI, read as JSON; the metamodel for the editor. */
public final class ModelRoutes {
    private final Workspace workspace;
    private final long maxUpload;

    public ModelRoutes(Workspace workspace, long maxUpload) {
        this.workspace = workspace;
        this.maxUpload = maxUpload;
    }

    public void register(Api api) {
        api.get("/metamodel", Role.VIEWER, ctx -> Json.send(ctx, MetamodelJson.get()));
        api.get("/models", Role.VIEWER, this::list);
        api.post("/models", Role.MODELER, this::create);
        api.post("/models/import", Role.MODELER, this::upload);
        api.get("/models/{id}", Role.VIEWER, this::get);
        api.get("/models/{id}/xmi", Role.VIEWER, this::download);
        api.get("/models/{id}/elements", Role.VIEWER, ctx -> {
            ModelHandle h = Models.handle(ctx, workspace);
            ObjectNode m = h.json();
            Models.etag(ctx, m.path("revision").asLong());
            Json.send(ctx, m.get("elements"));
        });
        api.get("/models/{id}/elements/{elementId}", Role.VIEWER, ctx -> {
            ModelHandle h = Models.handle(ctx, workspace);
            ObjectNode n = h.read(m -> {
                ModelElement e = h.element(ctx.pathParam("elementId"));
                return e == null ? null : ElementJson.element(e);
            });
            if (n == null) throw ApiException.notFound("element");
            Json.send(ctx, n);
        });
    }

    private void list(Context ctx) throws IOException {
        ArrayNode out = Json.array();
        for (String id : workspace.ids()) {
            ObjectNode n = out.addObject();
            n.put("id", id);
            try {
                ModelHandle h = workspace.get(id);
                n.put("name", h.<String>read(m -> m.getName()));
                n.put("revision", h.revision());
                n.put("elements", h.<Integer>read(m -> {
                    int[] c = {0};
                    m.eAllContents().forEachRemaining(o -> c[0] += o instanceof ModelElement ? 1 : 0);
                    return c[0];
                }));
            } catch (ModelLoadException e) {
                n.put("error", e.describe());
            }
        }
        Json.send(ctx, out);
    }

    private void create(Context ctx) throws IOException, ModelLoadException {
        ObjectNode body = Json.body(ctx);
        String name = Json.text(body, "name");
        if (name == null || name.isBlank() || name.length() > 200) throw ApiException.badRequest("a name (1-200 characters) is required");
        ModelHandle h = workspace.create(name.strip());
        created(ctx, h);
    }

    private void upload(Context ctx) throws IOException {
        long declared = ctx.contentLength();
        if (declared > maxUpload) throw tooLarge();
        byte[] bytes;
        try (InputStream in = ctx.bodyInputStream()) {
            bytes = readAtMost(in, maxUpload);
        }
        if (bytes == null) throw tooLarge();
        String title = ctx.queryParam("name");
        if (title != null && title.length() > 200) throw ApiException.badRequest("name too long");
        String file = ctx.queryParam("file");
        if (file != null && file.length() > 200) throw ApiException.badRequest("file name too long");
        try {
            Workspace.Imported imported = workspace.importUpload(bytes, file, title);
            ObjectNode n = createdBody(ctx, imported.handle());
            ImportReport report = imported.report();
            if (report != null) {
                ObjectNode r = n.putObject("import");
                r.put("format", report.format().cliName());
                report.counts().forEach(r.putObject("counts")::put);
                ArrayNode unmapped = r.putArray("unmapped");
                for (ImportReport.Unmapped u : report.unmapped()) {
                    unmapped.addObject().put("place", u.place()).put("item", u.item()).put("reason", u.reason());
                }
            }
            Json.send(ctx, n);
        } catch (ModelLoadException e) {
            throw located(e.describe(), e.line(), e.column());
        } catch (ImportException e) {
            throw located(e.describe(), e.line(), e.column());
        }
    }

    private static ApiException located(String message, int line, int column) {
        ObjectNode d = Json.object();
        d.put("line", line);
        d.put("column", column);
        return new ApiException(422, "invalid_model", message, d);
    }

    private void created(Context ctx, ModelHandle h) {
        Json.send(ctx, createdBody(ctx, h));
    }

    /** 201 with Location and ETag; the body names the new model and its revision. */
    private static ObjectNode createdBody(Context ctx, ModelHandle h) {
        ObjectNode n = Json.object();
        n.put("id", h.id());
        n.put("revision", h.revision());
        ctx.status(201).header("Location", Api.PREFIX + "/models/" + h.id());
        Models.etag(ctx, h.revision());
        return n;
    }

    private void get(Context ctx) {
        ModelHandle h = Models.handle(ctx, workspace);
        ObjectNode m = h.json();
        Models.etag(ctx, m.path("revision").asLong());
        Json.send(ctx, m);
    }

    private void download(Context ctx) throws IOException {
        ModelHandle h = Models.handle(ctx, workspace);
        byte[] bytes = h.read(m -> {
            try {
                return XmiCodec.toBytes(m);
            } catch (IOException e) {
                throw new ApiException(500, "export_failed", "could not write XMI");
            }
        });
        ctx.header("Content-Disposition", attachment(h.id() + ".tlm"));
        ctx.contentType("application/xml").result(bytes);
    }

    /** A Content-Disposition for a server-made file name (ASCII slug), with the RFC 5987 form as well. */
    public static String attachment(String fileName) {
        String safe = fileName.replaceAll("[^A-Za-z0-9._-]", "_");
        return "attachment; filename=\"" + safe + "\"; filename*=UTF-8''" + URLEncoder.encode(safe, StandardCharsets.UTF_8);
    }

    private ApiException tooLarge() {
        return new ApiException(413, "too_large", "uploads are limited to " + maxUpload + " bytes");
    }

    /** Reads the stream, or returns null as soon as it passes {@code limit} bytes (nothing more is read). */
    static byte[] readAtMost(InputStream in, long limit) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[8192];
        long total = 0;
        for (int n; (n = in.read(buf)) > 0;) {
            total += n;
            if (total > limit) return null;
            out.write(buf, 0, n);
        }
        return out.toByteArray();
    }
}
