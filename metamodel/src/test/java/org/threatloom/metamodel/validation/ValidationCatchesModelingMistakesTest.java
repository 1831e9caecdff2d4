package org.threatloom.metamodel.validation;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;
import org.threatloom.metamodel.TestModels;
import org.threatloom.model.*;

class ValidationCatchesModelingMistakesTest {

    private static String errorsOf(SystemModel m) {
        ValidationReport r = ModelValidator.validate(m);
        return String.join("\n", r.errors().stream().map(Finding::message).toList());
    }

    @Test
    void aWellFormedModelHasNoErrors() {
        ValidationReport r = ModelValidator.validate(TestModels.small());
        assertTrue(r.valid(), () -> r.errors().toString());
    }

    @Test
    void aFlowWithoutEndsIsAnErrorNamingTheFlow() {
        SystemModel m = TestModels.small();
        DataFlow f = m.getFlows().get(0);
        f.setSource(null);
        f.setTarget(null);
        String errors = errorsOf(m);
        assertTrue(errors.contains("'source'") && errors.contains("DataFlow 'Telemetry to gateway' [f-1]"), errors);
        assertTrue(errors.contains("'target'"), errors);
    }

    @Test
    void aKeyWithoutCustodianIsAnErrorNamingTheKey() {
        SystemModel m = TestModels.small();
        m.getKeys().get(0).setCustodian(null);
        assertTrue(errorsOf(m).contains("CryptoKey 'Device key' [k-1] has no custodian"), errorsOf(m));
    }

    @Test
    void aZoneWithoutSecurityLevelTargetIsAnErrorNamingTheZone() {
        SystemModel m = TestModels.small();
        m.getZones().get(0).setSlTarget(null);
        assertTrue(errorsOf(m).contains("Zone 'Cell' [z-cell] has no SL-T"), errorsOf(m));
    }

    @Test
    void aSecurityLevelOutsideZeroToFourIsAnError() {
        SystemModel m = TestModels.small();
        m.getZones().get(0).getSlTarget().setDc(7);
        assertTrue(errorsOf(m).contains("SL-T for FR4 is 7"), errorsOf(m));
    }

    @Test
    void aDanglingReferenceIsAnErrorNamingBothEnds() {
        SystemModel m = TestModels.small();
        Gateway outside = TestModels.F.createGateway();
        outside.setId("gw-ghost");
        outside.setName("Ghost");
        m.getFlows().get(0).setTarget(outside); // referenced but not contained in the model
        String errors = errorsOf(m);
        assertTrue(errors.contains("dangling") && errors.contains("[f-1]") && errors.contains("[gw-ghost]"), errors);
    }

    @Test
    void duplicateIdsAreAnError() {
        SystemModel m = TestModels.small();
        m.getComponents().get(1).setId("plc-1");
        String errors = errorsOf(m);
        assertTrue(errors.contains("plc-1") && errors.toLowerCase().contains("id"), errors);
    }

    @Test
    void aConduitMustConnectTwoZones() {
        SystemModel m = TestModels.small();
        Conduit c = TestModels.F.createConduit();
        c.setId("c-1");
        c.setName("Lonely conduit");
        c.getZones().add(m.getZones().get(0));
        c.setSlTarget(TestModels.sl(1));
        m.getConduits().add(c);
        assertTrue(errorsOf(m).contains("Conduit 'Lonely conduit' [c-1] connects 1 zone(s)"), errorsOf(m));
    }

    @Test
    void confidentialDataWithoutOwnerIsAnError() {
        SystemModel m = TestModels.small();
        DataAsset d = m.getDataAssets().get(0);
        d.setOwner(null);
        d.setClassification(Classification.SECRET);
        assertTrue(errorsOf(m).contains("DataAsset 'Telemetry' [d-telemetry] is SECRET but has no owner"), errorsOf(m));
    }

    @Test
    void aZoneNestedInItselfIsAnError() {
        SystemModel m = TestModels.small();
        Zone z = m.getZones().get(0);
        z.setParent(z);
        assertTrue(errorsOf(m).contains("nested in itself"), errorsOf(m));
    }

    @Test
    void aTopLevelComponentOutsideAnyZoneIsAWarningNotAnError() {
        SystemModel m = TestModels.small();
        m.getComponents().get(1).setZone(null);
        ValidationReport r = ModelValidator.validate(m);
        assertTrue(r.valid());
        assertTrue(r.warnings().stream().anyMatch(f -> f.message().contains("[gw-1] is in no zone")));
    }
}
