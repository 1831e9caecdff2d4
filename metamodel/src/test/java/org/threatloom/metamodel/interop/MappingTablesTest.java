package org.threatloom.metamodel.interop;

import static org.junit.jupiter.api.Assertions.*;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.threatloom.model.Stride;
import org.threatloom.model.ThreatloomPackage;

class MappingTablesTest {
    private static final ThreatloomPackage P = ThreatloomPackage.eINSTANCE;

    @Test
    void everyShippedMappingTableLoadsAndNamesOnlyMetamodelClassesAndAttributes() {
        MappingTable.get("threat-dragon").specs("types", P.getModelElement());
        MappingTable.get("otm").specs("types", P.getNode());
        MappingTable.get("otm").specs("patterns", P.getNode());
        MappingTable.get("tm7").specs("types", P.getModelElement());
        MappingTable.get("tm7").literals("lineBoundaryKinds", P.getTrustBoundaryKind());
        MappingTable.get("threagile").specs("technologies", P.getNode());
        MappingTable.get("threagile").specs("assetTypes", P.getNode());
        MappingTable.get("threagile").single("humanClient", P.getNode());
        MappingTable.get("threagile").single("sharedRuntime", P.getCompute());
        MappingTable.get("threagile").literals("classification", P.getClassification());
        MappingTable.get("protocols").specs("protocols", P.getDataFlow());
        MappingTable.get("zones").strings("domainByName").values().forEach(d -> assertNotNull(org.threatloom.model.PolicyDomain.get(d), d));
        MappingTable.get("zones").strings("threagileTypes").values().forEach(d -> assertNotNull(org.threatloom.model.PolicyDomain.get(d), d));
        new ModelBuilder(new ImportReport("x", InteropFormat.OTM), "x", null); // loads threats.yaml with its checks
        for (String name : MappingTable.shipped()) assertNotNull(MappingTable.get(name));
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyThreagileRiskCategoryHasAStrideCategoryAndACwe() {
        Map<String, Object> categories = MappingTable.get("threagile").rawSection("riskCategories");
        assertTrue(categories.size() >= 40);
        categories.forEach((id, v) -> {
            Map<String, Object> c = (Map<String, Object>) v;
            assertNotNull(Stride.get(String.valueOf(c.get("stride"))), id);
            assertInstanceOf(Number.class, c.get("cwe"), id);
        });
    }

    @Test
    void aTypoInAMappingFailsLoudlyNamingTheEntry() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> MappingTable.get("threat-dragon").specs("flags", P.getModelElement()));
        assertTrue(e.getMessage().contains("threat-dragon.yaml"), e.getMessage());
    }
}
