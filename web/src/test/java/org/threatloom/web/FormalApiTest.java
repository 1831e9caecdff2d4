package org.threatloom.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.threatloom.web.support.Http;
import org.threatloom.web.support.TestServer;

import com.fasterxml.jackson.databind.JsonNode;

class FormalApiTest {

    @Test
    void theCheckReportsEveryTheoremAndACounterexamplePathOfModelElements() throws Exception {
        try (TestServer s = TestServer.start()) {
            Http h = s.login("viewer");
            JsonNode r = Http.json(h.get("/api/v1/models/smart-factory/check"));
            assertEquals(h.revision("smart-factory"), r.path("revision").asLong());
            assertTrue(r.path("theorems").size() >= 7, r.toString());
            JsonNode cex = null;
            for (JsonNode t : r.path("theorems")) if (t.path("verdict").asText().equals("counterexample")) cex = t;
            JsonNode model = Http.json(h.get("/api/v1/models/smart-factory"));
            String id = cex.path("path").get(0).path("id").asText();
            assertTrue(model.path("elements").toString().contains("\"id\":\"" + id + "\""), id);
            assertEquals(400, h.get("/api/v1/models/smart-factory/assess?profile=../../etc").statusCode());
        }
    }

    @Test
    void theEvidencePackDownloadsAsAZipOfTheEvidenceModulesDocuments() throws Exception {
        try (TestServer s = TestServer.start()) {
            var r = s.login("viewer").getBytes("/api/v1/models/hybrid-cloud-keys/evidence.zip");
            assertEquals(200, r.statusCode());
            assertEquals("attachment; filename=\"hybrid-cloud-keys-evidence.zip\"; filename*=UTF-8''hybrid-cloud-keys-evidence.zip",
                    r.headers().firstValue("Content-Disposition").orElseThrow());
            java.util.List<String> names = new java.util.ArrayList<>();
            try (var z = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(r.body()))) {
                for (var e = z.getNextEntry(); e != null; e = z.getNextEntry()) names.add(e.getName());
            }
            assertTrue(names.stream().anyMatch(n -> n.endsWith(".docx")), names.toString());
            assertTrue(names.contains("manifest.json"), names.toString());
            assertTrue(names.stream().noneMatch(n -> n.endsWith(".pdf")), "PDFs only on request: " + names);
        }
    }

    @Test
    void onRequestTheEvidencePackAlsoHoldsAPdfOfEachReport() throws Exception {
        try (TestServer s = TestServer.start()) {
            var r = s.login("viewer").getBytes("/api/v1/models/hybrid-cloud-keys/evidence.zip?pdf=true");
            assertEquals(200, r.statusCode());
            java.util.List<String> pdfs = new java.util.ArrayList<>();
            try (var z = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(r.body()))) {
                for (var e = z.getNextEntry(); e != null; e = z.getNextEntry()) {
                    if (!e.getName().endsWith(".pdf")) continue;
                    pdfs.add(e.getName());
                    byte[] head = z.readNBytes(5);
                    assertEquals("%PDF-", new String(head, java.nio.charset.StandardCharsets.US_ASCII), e.getName());
                }
            }
            assertEquals(4, pdfs.size(), "one PDF per profile: " + pdfs);
        }
    }

    @Test
    void theAssessmentGivesVerdictsAndSecurityLevelsPerZone() throws Exception {
        try (TestServer s = TestServer.start()) {
            JsonNode a = Http.json(s.login("viewer").get("/api/v1/models/smart-factory/assess?profile=iec62443-3-3"));
            assertEquals("iec62443-3-3", a.path("profile").asText());
            JsonNode zone = a.path("targets").get(0);
            assertEquals("zone", zone.path("kind").asText());
            assertTrue(zone.path("slTarget").has("FR1"));
            assertTrue(zone.path("slAchieved").has("FR1"));
            assertTrue(a.path("counts").path("satisfied").asInt() > 0);
        }
    }
}
