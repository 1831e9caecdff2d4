package org.threatloom.metamodel.interop;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.threatloom.metamodel.io.ModelStore;
import org.threatloom.metamodel.validation.ModelValidator;
import org.threatloom.model.Application;
import org.threatloom.model.Component;
import org.threatloom.model.Countermeasure;
import org.threatloom.model.CountermeasureKind;
import org.threatloom.model.CountermeasureStatus;
import org.threatloom.model.DecisionKind;
import org.threatloom.model.ReviewDecision;
import org.threatloom.model.SystemModel;
import org.threatloom.model.ThreatloomFactory;
import org.threatloom.model.Zone;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

class ReimportTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    @TempDir Path dir;

    @Test
    void reImportingTheSameFileChangesNothing() throws Exception {
        Path source = Samples.td("generic-cms.json");
        SystemModel first = Importers.read(source, null).model();
        ImportReport report = new ImportReport("x", InteropFormat.THREAT_DRAGON);
        SystemModel again = Reimport.merge(first, Importers.read(source, null).model(), report);
        assertEquals(RoundTripTest.canonical(Importers.read(source, null).model()), RoundTripTest.canonical(again));
        assertEquals(0, report.count("added", -1));
        assertEquals(0, report.count("removed", -1));
        assertEquals(first.getFlows().size() + first.getComponents().size() + first.getActors().size() + first.getZones().size(),
                report.count("updated", -1) - first.getThreats().size());
    }

    @Test
    void reImportUpdatesBySourceIdAndKeepsWhatWasAddedInThreatLoom() throws Exception {
        Path source = Files.copy(Samples.td("generic-cms.json"), dir.resolve("cms.json"));
        Path model = dir.resolve("cms.tlm");
        ModelStore.save(Importers.read(source, null).model(), model);

        SystemModel edited = ModelStore.load(model);
        Application web = (Application) edited.getComponents().stream().filter(c -> "Web server".equals(c.getName())).findFirst().orElseThrow();
        String webId = web.getId();
        web.setInternetFacing(true);
        web.getTags().add("reviewed");
        ModelBuilder.property(web, "review.note", "checked in workshop");
        Zone internet = edited.getZones().stream().filter(z -> "Internet".equals(z.getName())).findFirst().orElseThrow();
        internet.setSlTarget(ModelBuilder.levels(3));
        Countermeasure waf = ThreatloomFactory.eINSTANCE.createCountermeasure();
        waf.setId("cm-waf");
        waf.setName("WAF");
        waf.setKind(CountermeasureKind.FIREWALL);
        waf.setStatus(CountermeasureStatus.IMPLEMENTED);
        waf.getProtects().add(web);
        edited.getCountermeasures().add(waf);
        ReviewDecision d = ThreatloomFactory.eINSTANCE.createReviewDecision();
        d.setId("decision-1");
        d.setThreatId("TL-BASE-PROCESS-FLOODING@" + webId);
        d.setDecision(DecisionKind.ACCEPT);
        d.setRationale("behind the CDN");
        edited.getDecisions().add(d);
        ModelStore.save(edited, model);

        ObjectNode doc = (ObjectNode) JSON.readTree(source.toFile());
        ArrayNode cells = (ArrayNode) doc.at("/detail/diagrams/0/cells");
        String removedFlow = null;
        for (int i = 0; i < cells.size(); i++) {
            JsonNode c = cells.get(i);
            if ("Web server".equals(c.at("/data/name").asText())) ((ObjectNode) c.get("data")).put("name", "Web server (nginx)");
            if (removedFlow == null && "flow".equals(c.get("shape").asText()) && "HTTP".equals(c.at("/data/name").asText())) {
                removedFlow = c.get("id").asText();
                cells.remove(i--);
            }
        }
        ObjectNode added = cells.addObject();
        added.put("id", "new-process-1").put("shape", "process").put("zIndex", 20);
        added.putObject("position").put("x", 900).put("y", 600);
        added.putObject("size").put("width", 100).put("height", 100);
        added.putObject("data").put("type", "tm.Process").put("name", "Search service");
        JSON.writeValue(source.toFile(), doc);

        ImportReport report = new ImportReport("cms.json", InteropFormat.THREAT_DRAGON);
        SystemModel merged = Reimport.merge(ModelStore.load(model), Importers.read(source, null).model(), report);
        assertTrue(ModelValidator.validate(merged).valid());
        Application web2 = (Application) merged.getComponents().stream().filter(c -> webId.equals(c.getId())).findFirst().orElseThrow();
        assertEquals("Web server (nginx)", web2.getName(), "the source wins on what it says");
        assertTrue(web2.isInternetFacing(), "a refinement made in ThreatLoom is kept");
        assertTrue(web2.getTags().contains("reviewed"));
        assertEquals("checked in workshop", ModelBuilder.property(web2, "review.note"));
        Zone internet2 = merged.getZones().stream().filter(z -> "Internet".equals(z.getName())).findFirst().orElseThrow();
        assertEquals(3, internet2.getSlTarget().getIac(), "an SL-T set in ThreatLoom is kept");
        assertEquals(1, merged.getDecisions().size());
        assertEquals("TL-BASE-PROCESS-FLOODING@" + webId, merged.getDecisions().get(0).getThreatId());
        Countermeasure waf2 = merged.getCountermeasures().get(0);
        assertSame(web2, waf2.getProtects().get(0), "references from kept content point into the merged model");
        assertEquals(6, merged.getComponents().size() + merged.getActors().size(), "one added, none duplicated");
        String gone = removedFlow;
        assertTrue(merged.getFlows().stream().noneMatch(f -> gone.equals(f.getSourceId())));
        assertEquals(1, report.count("added", -1));
        assertEquals(1, report.count("removed", -1));
        assertEquals(2, report.count("kept", -1));
        ModelStore.save(merged, model);
        assertEquals(web2.getId(), ((Component) ModelStore.load(model).getComponents().stream().filter(c -> webId.equals(c.getId())).findFirst().orElseThrow()).getId());
    }

    @Test
    void aSourceFlagTurnedOffIsTurnedOffAgain() throws Exception {
        Path source = Files.writeString(dir.resolve("m.json"), "{\"version\":\"2.3.0\",\"summary\":{\"title\":\"M\"},\"detail\":{\"contributors\":[],"
                + "\"diagrams\":[{\"id\":0,\"title\":\"D\",\"diagramType\":\"STRIDE\",\"cells\":[{\"id\":\"s1\",\"shape\":\"store\",\"zIndex\":1,"
                + "\"position\":{\"x\":0,\"y\":0},\"size\":{\"width\":50,\"height\":50},\"data\":{\"type\":\"tm.Store\",\"name\":\"DB\",\"isEncrypted\":true}}]}]}}");
        SystemModel first = Importers.read(source, null).model();
        assertTrue(((org.threatloom.model.Storage) first.getComponents().get(0)).isEncryptedAtRest());
        Files.writeString(source, Files.readString(source).replace("\"isEncrypted\":true", "\"isEncrypted\":false"));
        SystemModel merged = Reimport.merge(first, Importers.read(source, null).model(), new ImportReport("m", InteropFormat.THREAT_DRAGON));
        assertFalse(((org.threatloom.model.Storage) merged.getComponents().get(0)).isEncryptedAtRest());
    }
}
