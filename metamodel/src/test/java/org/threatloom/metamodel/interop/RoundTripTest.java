package org.threatloom.metamodel.interop;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.threatloom.metamodel.io.XmiCodec;
import org.threatloom.model.ModelElement;
import org.threatloom.model.Property;
import org.threatloom.model.SystemModel;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/** import -> export -> import gives the same model, and every export is valid against the other tool's JSON Schema. */
class RoundTripTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    @TempDir Path dir;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"threat-dragon/td.vue/src/service/demo/generic-cms.json", "threat-dragon/td.vue/src/service/demo/online-game.json",
            "threat-dragon/td.vue/src/service/demo/payment-online.json", "threat-dragon/td.vue/src/service/demo/renting-car.json",
            "threat-dragon/td.vue/src/service/demo/v2-new-model.json", "threat-dragon/td.vue/tests/e2e/fixtures/v2-save-existing-threat.json"})
    void aThreatDragonModelSurvivesImportExportImport(String file) throws Exception {
        SystemModel first = Importers.read(Samples.shared(file), null).model();
        Path exported = export(first, InteropFormat.THREAT_DRAGON, "out.json");
        assertValid("threat-dragon/td.vue/src/assets/schema/threat-dragon-v2.schema.json", exported);
        SystemModel second = Importers.read(exported, null).model();
        assertEquals(canonical(first), canonical(second));
    }

    @ParameterizedTest(name = "{0} as {1}")
    @ValueSource(strings = {"otm/startleft/examples/otm/lucid_example.yaml", "otm/startleft/examples/otm/manual_threat_model.yaml",
            "otm/startleft/examples/otm/minimal_content.yaml", "OWN:otm/clinic-portal.otm.yaml"})
    void anOtmModelSurvivesImportExportImportAsJsonAndAsYaml(String file) throws Exception {
        Path source = file.startsWith("OWN:") ? Samples.own(file.substring(4)) : Samples.shared(file);
        SystemModel first = Importers.read(source, null).model();
        for (String name : new String[] {"out.otm.json", "out.otm.yaml"}) {
            Path exported = export(first, InteropFormat.OTM, name);
            assertValid("otm/OpenThreatModel/otm_schema.json", exported);
            SystemModel second = Importers.read(exported, null).model();
            assertEquals(canonical(first), canonical(second), name);
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"OWN:threagile/webshop.yaml", "OWN:threagile/iot-fleet.yaml", "OWN:tm7/pump-monitoring.tm7",
            "mtmt/startleft/slp_mtmt/tests/resources/mtmt/SDL_all_components.tm7", "mtmt/startleft/slp_mtmt/tests/resources/mtmt/lineboundaries_inheritance.tm7",
            "threat-model-cookbook/Flow Diagram/sokify/alt1-sokify.json"})
    void modelsFromEveryFormatExportToFilesTheOtherToolsAccept(String file) throws Exception {
        Path source = file.startsWith("OWN:") ? Samples.own(file.substring(4)) : Samples.shared(file);
        SystemModel m = Importers.read(source, null).model();
        Path td = export(m, InteropFormat.THREAT_DRAGON, "out.json");
        assertValid("threat-dragon/td.vue/src/assets/schema/threat-dragon-v2.schema.json", td);
        Path otm = export(m, InteropFormat.OTM, "out.otm.json");
        assertValid("otm/OpenThreatModel/otm_schema.json", otm);
        SystemModel back = Importers.read(td, null).model();
        assertEquals(m.getFlows().size(), back.getFlows().size(), "every flow between drawn elements comes back");
        assertEquals(m.getThreats().stream().filter(t -> t.getTarget() != m).count(), back.getThreats().size());
        SystemModel fromOtm = Importers.read(otm, null).model();
        assertEquals(m.getFlows().size(), fromOtm.getFlows().size());
        assertEquals(m.getThreats().size(), fromOtm.getThreats().size());
    }

    private Path export(SystemModel m, InteropFormat format, String name) throws Exception {
        ExportResult r = Exporters.export(m, format, name);
        return Files.writeString(dir.resolve(name), r.text(), StandardCharsets.UTF_8);
    }

    private static void assertValid(String schema, Path file) throws Exception {
        JsonNode s = JSON.readTree(Samples.shared(schema).toFile());
        ObjectMapper reader = file.toString().endsWith(".yaml") ? new ObjectMapper(new YAMLFactory()) : JSON;
        List<String> errors = new SchemaSubset(s).check(reader.readTree(file.toFile()));
        assertEquals(List.of(), errors, file + " against " + schema);
    }

    /** The model as XMI with properties sorted by key (their order follows the source's field order, which export may change). */
    static String canonical(SystemModel m) throws Exception {
        SystemModel copy = EcoreUtil.copy(m);
        List<ModelElement> all = new ArrayList<>();
        all.add(copy);
        copy.eAllContents().forEachRemaining(o -> {
            if (o instanceof ModelElement e) all.add(e);
        });
        for (ModelElement e : all) {
            List<Property> sorted = new ArrayList<>(e.getProperties());
            sorted.sort(Comparator.comparing(Property::getKey));
            e.getProperties().clear();
            e.getProperties().addAll(sorted);
        }
        return new String(XmiCodec.toBytes(copy), StandardCharsets.UTF_8);
    }
}
