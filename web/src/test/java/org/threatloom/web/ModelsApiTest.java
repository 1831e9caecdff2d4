package org.threatloom.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.threatloom.web.support.Http;
import org.threatloom.web.support.TestServer;

import com.fasterxml.jackson.databind.JsonNode;

class ModelsApiTest {
    static TestServer server;
    static Http admin;

    @BeforeAll
    static void start() throws Exception {
        server = TestServer.start(o -> o.withMaxUpload(200_000));
        admin = server.login("admin");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private HttpResponse<String> upload(String name, byte[] body) throws Exception {
        return upload(name, null, body);
    }

    private HttpResponse<String> upload(String name, String file, byte[] body) throws Exception {
        HttpRequest r = HttpRequest.newBuilder(URI.create(server.url() + "/api/v1/models/import?name="
                        + java.net.URLEncoder.encode(name, StandardCharsets.UTF_8)
                        + (file == null ? "" : "&file=" + java.net.URLEncoder.encode(file, StandardCharsets.UTF_8))))
                .header("Origin", server.url()).header("X-CSRF-Token", admin.csrf).header("Content-Type", "application/xml")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        return admin.client.send(r, HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void theDefaultWorkspaceListsTheBundledExamples() throws Exception {
        JsonNode list = Http.json(admin.get("/api/v1/models"));
        List<String> ids = new ArrayList<>();
        list.forEach(m -> ids.add(m.path("id").asText()));
        assertEquals(List.of("hybrid-cloud-keys", "iot-device-supply-chain", "smart-factory"), ids);
        assertTrue(list.get(2).path("elements").asInt() > 250);
    }

    @Test
    void aModelIsServedAsJsonElementsWithItsRevisionAsETag() throws Exception {
        HttpResponse<String> r = admin.get("/api/v1/models/smart-factory");
        assertEquals(200, r.statusCode());
        JsonNode m = Http.json(r);
        assertEquals("\"" + m.path("revision").asLong() + "\"", r.headers().firstValue("ETag").orElseThrow());
        JsonNode plc = null;
        for (JsonNode e : m.path("elements")) if (e.path("id").asText().equals("plc-press4")) plc = e;
        assertEquals("Controller", plc.path("type").asText());
        assertTrue(plc.path("values").path("critical").asBoolean());
        assertEquals("z-press-cell", plc.path("values").path("zone").asText());
        JsonNode one = Http.json(admin.get("/api/v1/models/smart-factory/elements/plc-press4"));
        assertEquals("Press line 4 PLC", one.path("name").asText());
        assertEquals(404, admin.get("/api/v1/models/smart-factory/elements/nope").statusCode());
        assertEquals(404, admin.get("/api/v1/models/no-such-model").statusCode());
        assertEquals(404, admin.get("/api/v1/models/..%2F..%2Fetc%2Fpasswd").statusCode());
    }

    @Test
    void anEmptyModelCanBeCreatedAndGetsAServerMadeId() throws Exception {
        HttpResponse<String> r = admin.post("/api/v1/models", "{\"name\":\"Ünïcode / ../../etc/passwd\"}", null);
        assertEquals(201, r.statusCode());
        String id = Http.json(r).path("id").asText();
        assertTrue(id.matches("[a-z0-9-]+"), id);
        assertTrue(Files.exists(server.dir.resolve(id + ".tlm")));
        assertEquals("Ünïcode / ../../etc/passwd", Http.json(admin.get("/api/v1/models/" + id)).path("name").asText());
    }

    @Test
    void uploadedXmiRoundTripsAndDownloadsUnderAServerGeneratedName() throws Exception {
        byte[] xmi = admin.getBytes("/api/v1/models/hybrid-cloud-keys/xmi").body();
        HttpResponse<String> r = upload("../../etc/passwd\r\nX-Injected: yes", xmi);
        assertEquals(201, r.statusCode(), r.body());
        String id = Http.json(r).path("id").asText();
        assertEquals("etc-passwd-x-injected-yes", id);
        HttpResponse<byte[]> d = admin.getBytes("/api/v1/models/" + id + "/xmi");
        String cd = d.headers().firstValue("Content-Disposition").orElseThrow();
        assertEquals("attachment; filename=\"etc-passwd-x-injected-yes.tlm\"; filename*=UTF-8''etc-passwd-x-injected-yes.tlm", cd);
        assertFalse(d.headers().firstValue("X-Injected").isPresent());
        assertEquals(Http.json(admin.get("/api/v1/models/hybrid-cloud-keys")).path("elements").size(),
                Http.json(admin.get("/api/v1/models/" + id)).path("elements").size());
    }

    @Test
    void anOversizedUploadIsRefusedWith413BeforeItIsParsed() throws Exception {
        byte[] big = new byte[300_000];
        java.util.Arrays.fill(big, (byte) ' ');
        HttpResponse<String> r = upload("big", big);
        assertEquals(413, r.statusCode());
        assertEquals("too_large", Http.json(r).path("error").asText());
    }

    @Test
    void xmiWithADoctypeIsRefusedWithALocatedErrorAndNothingIsStored() throws Exception {
        int before = Http.json(admin.get("/api/v1/models")).size();
        String evil = "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
                + "<tl:SystemModel xmlns:xmi=\"http://www.omg.org/XMI\" xmlns:tl=\"http://threatloom.org/model/1.0\" name=\"&e;\"/>";
        HttpResponse<String> r = upload("evil", evil.getBytes(StandardCharsets.UTF_8));
        assertEquals(422, r.statusCode());
        assertTrue(r.body().contains("DOCTYPE"), r.body());
        assertFalse(r.body().contains("root:"));
        assertEquals(before, Http.json(admin.get("/api/v1/models")).size());
    }

    @Test
    void aThreatDragonModelUploadedIsImportedWithItsReport() throws Exception {
        Path sample = Path.of("..", "..", "shared", "example-models", "threat-dragon", "td.vue", "src", "service", "demo", "generic-cms.json");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isRegularFile(sample), "../shared beside the clone");
        HttpResponse<String> r = upload("CMS", "generic-cms.json", Files.readAllBytes(sample));
        assertEquals(201, r.statusCode(), r.body());
        JsonNode body = Http.json(r);
        assertEquals("threat-dragon", body.path("import").path("format").asText());
        assertEquals(5, body.path("import").path("counts").path("elements").asInt(), r.body());
        assertEquals(5, body.path("import").path("counts").path("flows").asInt(), r.body());
        JsonNode model = Http.json(admin.get("/api/v1/models/" + body.path("id").asText()));
        assertTrue(model.path("elements").size() > 10, "the flows and elements are in the model");
        assertTrue(Http.json(admin.get("/api/v1/models/" + body.path("id").asText() + "/threats")).path("threats").size() > 0);
    }

    @Test
    void anUploadedThreagileModelMayNotIncludeFilesFromTheServer() throws Exception {
        int before = Http.json(admin.get("/api/v1/models")).size();
        String yaml = "threagile_version: 1.0.0\ntitle: Sneaky\nincludes:\n  - ../../../../etc/passwd\ntechnical_assets: {}\n";
        HttpResponse<String> r = upload("sneaky", "sneaky.yaml", yaml.getBytes(StandardCharsets.UTF_8));
        assertEquals(422, r.statusCode(), r.body());
        assertTrue(r.body().contains("includes cannot be followed in an uploaded model"), r.body());
        assertEquals(4, Http.json(r).path("line").asInt(), r.body());
        assertFalse(r.body().contains("root:x:0"));
        assertEquals(before, Http.json(admin.get("/api/v1/models")).size(), "nothing stored");
    }

    @Test
    void aMalformedImportFileGetsALocatedErrorAndNothingIsStored() throws Exception {
        int before = Http.json(admin.get("/api/v1/models")).size();
        HttpResponse<String> r = upload("broken", "broken.json", "{\"summary\": {\"title\": \"x\"}, \"detail\": {\"diagrams\": [".getBytes(StandardCharsets.UTF_8));
        assertEquals(422, r.statusCode(), r.body());
        assertTrue(Http.json(r).path("message").asText().contains("broken.json"), r.body());
        assertEquals(before, Http.json(admin.get("/api/v1/models")).size());
    }

    @Test
    void theMetamodelDescribesEveryPaletteTypeWithDocumentation() throws Exception {
        JsonNode meta = Http.json(admin.get("/api/v1/metamodel"));
        List<String> groups = new ArrayList<>();
        meta.path("palette").fieldNames().forEachRemaining(groups::add);
        assertEquals(List.of("cloud", "IoT", "hardware", "supply chain", "security"), groups);
        int types = 0;
        for (JsonNode g : meta.path("palette")) types += g.size();
        assertTrue(types >= 50, "palette types: " + types);
        assertTrue(meta.path("classes").path("Device").path("doc").asText().length() > 3);
        assertTrue(meta.path("enums").path("BrokerProtocol").size() > 1);
    }
}
