package org.threatloom.metamodel.interop;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.threatloom.metamodel.validation.ModelValidator;
import org.threatloom.model.Actor;
import org.threatloom.model.Application;
import org.threatloom.model.ApplicationKind;
import org.threatloom.model.Component;
import org.threatloom.model.DataFlow;
import org.threatloom.model.Device;
import org.threatloom.model.Gateway;
import org.threatloom.model.Storage;
import org.threatloom.model.StorageKind;
import org.threatloom.model.Stride;
import org.threatloom.model.SystemModel;
import org.threatloom.model.Threat;
import org.threatloom.model.ThreatOrigin;
import org.threatloom.model.ThreatStatus;
import org.threatloom.model.Zone;

class SampleModelsImportTest {

    @ParameterizedTest(name = "{0} imports {1} elements, {2} flows, {3} zones, {4} boundaries, {5} threats")
    @CsvSource({
            "threat-dragon/td.vue/src/service/demo/generic-cms.json, 5, 5, 1, 0, 0",
            "threat-dragon/td.vue/src/service/demo/online-game.json, 12, 17, 3, 0, 0",
            "threat-dragon/td.vue/src/service/demo/payment-online.json, 5, 10, 3, 0, 0",
            "threat-dragon/td.vue/src/service/demo/renting-car.json, 15, 15, 3, 0, 0",
            "threat-dragon/td.vue/src/service/demo/v2-new-model.json, 0, 0, 0, 0, 0",
            "threat-dragon/ThreatDragonModels/new-model.json, 0, 0, 0, 0, 0",
            "threat-dragon/td.vue/tests/e2e/fixtures/v2-save-existing-threat.json, 2, 1, 0, 1, 1",
            "threat-model-cookbook/Flow Diagram/sokify/alt1-sokify.json, 9, 10, 0, 1, 0",
            "otm/startleft/examples/otm/lucid_example.yaml, 10, 8, 3, 0, 0",
            "otm/startleft/examples/otm/manual_threat_model.yaml, 3, 2, 3, 0, 0",
            "otm/startleft/examples/otm/minimal_content.yaml, 0, 0, 0, 0, 0",
            "mtmt/startleft/slp_mtmt/tests/resources/mtmt/SDL_all_components.tm7, 24, 0, 2, 0, 0",
            "mtmt/startleft/slp_mtmt/tests/resources/mtmt/lineboundaries_inheritance.tm7, 12, 0, 0, 8, 0",
            "mtmt/startleft/slp_mtmt/tests/resources/mtmt/one-trustzone.tm7, 1, 0, 1, 0, 0",
            "mtmt/startleft/slp_mtmt/tests/resources/mtmt/unmapped-trustzone.tm7, 1, 0, 1, 0, 0"})
    void everySampleModelImportsAndValidates(String file, int elements, int flows, int zones, int boundaries, int threats) throws Exception {
        Importers.ImportResult r = Importers.read(Samples.shared(file), null);
        assertEquals(elements, r.report().count("elements", -1), r.report().text());
        assertEquals(flows, r.report().count("flows", -1));
        assertEquals(zones, r.report().count("zones", -1));
        assertEquals(boundaries, r.report().count("boundaries", -1));
        assertEquals(threats, r.report().count("threats", -1));
        assertTrue(ModelValidator.validate(r.model()).valid());
        assertEquals(flows, r.model().getFlows().size());
    }

    @Test
    void aThreatDragonThreatKeepsItsIdTitleAndStatus() throws Exception {
        SystemModel m = Importers.read(Samples.shared("threat-dragon/td.vue/tests/e2e/fixtures/v2-save-existing-threat.json"), null).model();
        Threat t = m.getThreats().get(0);
        assertEquals("f95ea54c-6b6c-4140-bafc-fdf667468ded", t.getId());
        assertEquals("f95ea54c-6b6c-4140-bafc-fdf667468ded", t.getSourceId());
        assertEquals("Existing actor threat", t.getName());
        assertEquals(ThreatStatus.OPEN, t.getStatus());
        assertEquals(Stride.SPOOFING, t.getStride());
        assertEquals(ThreatOrigin.IMPORTED, t.getOrigin());
        assertEquals("Browser", ((Actor) t.getTarget()).getName());
        assertEquals("Documented mitigation", ModelBuilderAccess.property(t, "td.mitigation"));
    }

    @Test
    void elementsInsideABoundaryBoxLandInItsZoneAndTheRestOutside() throws Exception {
        SystemModel m = Importers.read(Samples.td("generic-cms.json"), null).model();
        Zone internet = m.getZones().stream().filter(z -> "Internet".equals(z.getName())).findFirst().orElseThrow();
        List<String> inside = m.getComponents().stream().filter(c -> c.getZone() == internet).map(Component::getName).toList();
        assertTrue(inside.contains("Web server"), inside.toString());
        assertTrue(m.getActors().stream().allMatch(a -> a.getZone() != null));
    }

    @Test
    void aFlowWithAnUnattachedEndIsReportedNotDropped() throws Exception {
        Importers.ImportResult r = Importers.read(Samples.shared("threat-model-cookbook/Flow Diagram/sokify/alt1-sokify.json"), null);
        assertTrue(r.report().unmapped().stream().anyMatch(u -> u.place().startsWith("/detail/diagrams/0/diagramJson/cells/") && u.item().startsWith("flow")),
                r.report().text());
    }

    @Test
    void textBlocksAndAnnotationsAreReportedWithTheirPlace() throws Exception {
        Importers.ImportResult td = Importers.read(Samples.td("generic-cms.json"), null);
        assertTrue(td.report().unmapped().stream().anyMatch(u -> u.place().equals("/detail/diagrams/0/cells/1") && u.item().startsWith("text block")));
        Importers.ImportResult tm7 = Importers.read(Samples.tm7("SDL_all_components.tm7"), null);
        assertTrue(tm7.report().unmapped().stream().anyMatch(u -> u.item().startsWith("annotation") && u.place().contains("/Borders/")));
    }

    @Test
    void tmtStencilsMapToTheClosestTypes() throws Exception {
        SystemModel m = Importers.read(Samples.tm7("SDL_all_components.tm7"), null).model();
        assertEquals(StorageKind.DATABASE, storage(m, "SQL Database - MySQL").getKind());
        assertEquals(ApplicationKind.WEB_APPLICATION, ((Application) named(m, "Web Application")).getKind());
        assertEquals(ApplicationKind.DESKTOP_APP, ((Application) named(m, "Thick Client")).getKind());
        SystemModel pump = Importers.read(Samples.own("tm7/pump-monitoring.tm7"), null).model();
        assertInstanceOf(Device.class, named(pump, "Pump Sensor"), "TMT 'IoT Device' stencil");
        assertInstanceOf(Gateway.class, named(pump, "Field Gateway"));
    }

    @Test
    void tmtConnectorsAndThreatInstancesAreImported() throws Exception {
        SystemModel m = Importers.read(Samples.own("tm7/pump-monitoring.tm7"), null).model();
        DataFlow telemetry = m.getFlows().stream().filter(f -> "Telemetry".equals(f.getName())).findFirst().orElseThrow();
        assertEquals("Pump Sensor", telemetry.getSource().getName());
        assertEquals(org.threatloom.model.EncryptionKind.TLS, telemetry.getEncryption(), "SE.DF.TMCore.HTTPS");
        assertEquals(3, m.getThreats().size());
        Threat spoof = m.getThreats().get(0);
        assertEquals("1", spoof.getId());
        assertEquals("An adversary may spoof Pump Sensor", spoof.getName());
        assertEquals("Pump Sensor", spoof.getTarget().getName(), "the threat type's title is about {source.Name}");
        assertEquals(ThreatStatus.MITIGATED, m.getThreats().get(1).getStatus());
        assertEquals(ThreatStatus.NOT_APPLICABLE, m.getThreats().get(2).getStatus());
        assertEquals(Stride.DENIAL_OF_SERVICE, m.getThreats().get(2).getStride());
        assertEquals(1, m.getTrustBoundaries().size());
    }

    @Test
    void otmZonesGetAnSlTargetFromTheirTrustRating() throws Exception {
        SystemModel m = Importers.read(Samples.otm("manual_threat_model.yaml"), null).model();
        Zone secured = m.getZones().stream().filter(z -> z.getName().equals("Private Secured")).findFirst().orElseThrow();
        Zone internet = m.getZones().stream().filter(z -> z.getName().equals("Internet")).findFirst().orElseThrow();
        assertEquals(3, secured.getSlTarget().getIac());
        assertEquals(0, internet.getSlTarget().getIac());
        assertInstanceOf(Actor.class, named(m, "User"), "generic-client");
        assertEquals(StorageKind.DATABASE, storage(m, "Database").getKind());
    }

    @Test
    void otmThreatsAndMitigationsAttachToTheirElements() throws Exception {
        Importers.ImportResult r = Importers.read(Samples.own("otm/clinic-portal.otm.yaml"), null);
        SystemModel m = r.model();
        assertEquals(5, m.getThreats().size(), "session-hijack twice, sqli, db-disclosure, phishing on the system");
        Threat sqli = m.getThreats().stream().filter(t -> t.getId().equals("sqli")).findFirst().orElseThrow();
        assertEquals(ThreatStatus.MITIGATED, sqli.getStatus());
        assertEquals(List.of("CWE-89"), sqli.getReferences());
        assertEquals("Patient portal", sqli.getTarget().getName());
        assertEquals("prepared-statements", sqli.getMitigatedBy().get(0).getId());
        assertEquals(org.threatloom.model.CountermeasureKind.INPUT_VALIDATION, sqli.getMitigatedBy().get(0).getKind());
        assertTrue(m.getThreats().stream().anyMatch(t -> t.getId().equals("session-hijack@portal")));
        assertTrue(m.getThreats().stream().anyMatch(t -> t.getId().equals("phishing") && t.getTarget() == m));
        assertEquals(3, m.getCountermeasures().size());
        assertEquals("Results database", ((Component) named(m, "Backup agent")).eContainer() instanceof Component c ? c.getName() : null);
        assertTrue(r.report().unmapped().stream().anyMatch(u -> u.item().contains("backup-sidecar")));
    }

    static Storage storage(SystemModel m, String name) {
        return (Storage) named(m, name);
    }

    static org.threatloom.model.Node named(SystemModel m, String name) {
        List<org.threatloom.model.Node> all = new java.util.ArrayList<>();
        m.eAllContents().forEachRemaining(o -> {
            if (o instanceof org.threatloom.model.Node n && name.equals(n.getName())) all.add(n);
        });
        assertEquals(1, all.size(), "exactly one element named " + name);
        return all.get(0);
    }

    static Path path(String s) {
        return Path.of(s);
    }
}
