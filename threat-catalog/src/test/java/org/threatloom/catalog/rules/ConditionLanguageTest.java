package org.threatloom.catalog.rules;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;
import org.threatloom.catalog.rules.expr.Binder;
import org.threatloom.catalog.rules.expr.ConditionException;
import org.threatloom.catalog.rules.expr.Expr;
import org.threatloom.catalog.rules.expr.Scope;
import org.threatloom.metamodel.query.ModelIndex;
import org.threatloom.model.*;

class ConditionLanguageTest {
    static final ThreatloomFactory F = ThreatloomFactory.eINSTANCE;

    /** A device with a board holding a SoC (with a stored key) and an open JTAG port, sending MQTT to a broker. */
    static SystemModel model() {
        SystemModel m = F.createSystemModel();
        m.setId("m");
        Organization owner = F.createOrganization();
        owner.setId("owner");
        m.getParties().add(owner);
        Zone field = F.createZone();
        field.setId("field");
        field.setClearance(Classification.INTERNAL);
        field.setDomain(PolicyDomain.FIELD);
        Zone cloud = F.createZone();
        cloud.setId("cloud");
        cloud.setDomain(PolicyDomain.PUBLIC_CLOUD);
        m.getZones().add(field);
        m.getZones().add(cloud);
        Device dev = F.createDevice();
        dev.setId("dev");
        dev.setZone(field);
        dev.getAuthMethods().add(DeviceAuthMethod.DEFAULT_PASSWORD);
        Pcb pcb = F.createPcb();
        pcb.setId("pcb");
        Chip soc = F.createChip();
        soc.setId("soc");
        soc.setKind(ChipKind.SOC);
        DebugPort jtag = F.createDebugPort();
        jtag.setId("jtag");
        jtag.setKind(DebugPortKind.JTAG);
        jtag.setState(DebugPortState.OPEN);
        pcb.getParts().add(soc);
        pcb.getParts().add(jtag);
        dev.getParts().add(pcb);
        Broker broker = F.createBroker();
        broker.setId("broker");
        broker.setZone(cloud);
        m.getComponents().add(dev);
        m.getComponents().add(broker);
        DataAsset secret = F.createDataAsset();
        secret.setId("secret");
        secret.setClassification(Classification.SECRET);
        m.getDataAssets().add(secret);
        DataFlow f = F.createDataFlow();
        f.setId("f");
        f.setSource(dev);
        f.setTarget(broker);
        f.setProtocol(Protocol.MQTT);
        f.getData().add(secret);
        m.getFlows().add(f);
        CryptoKey k = F.createCryptoKey();
        k.setId("k");
        k.setCustodian(owner);
        k.setStoredIn(soc);
        m.getKeys().add(k);
        return m;
    }

    static boolean eval(String condition, String type, EObjectFinder finder) throws ConditionException {
        SystemModel m = model();
        Expr e = Binder.compile(condition, Binder.eClass(type));
        return e.test(Scope.of(finder.find(m), new ModelIndex(m)));
    }

    interface EObjectFinder {
        org.eclipse.emf.ecore.EObject find(SystemModel m);
    }

    static final EObjectFinder DEV = m -> m.getComponents().get(0);
    static final EObjectFinder FLOW = m -> m.getFlows().get(0);

    @Test
    void featuresLiteralsAndLogicEvaluate() throws Exception {
        assertTrue(eval("authMethods contains DEFAULT_PASSWORD and not secureBoot", "Device", DEV));
        assertFalse(eval("authMethods contains CERTIFICATE or defaultCredentials", "Device", DEV));
        assertTrue(eval("zone.domain == FIELD and zone != null", "Device", DEV));
    }

    @Test
    void quantifiersFiltersAndNeighboursNavigateTheModel() throws Exception {
        assertTrue(eval("any(allParts[DebugPort], state == OPEN)", "Device", DEV));
        assertFalse(eval("any(allParts[DebugPort], state in [FUSED_DISABLED, PHYSICALLY_REMOVED])", "Device", DEV));
        assertTrue(eval("count(allParts) == 3 and count(allParts[Chip], kind == SOC) == 1", "Device", DEV));
        assertTrue(eval("any(allParts[Chip], exists(storedKeys))", "Device", DEV));
        assertTrue(eval("any(outflows, protocol == MQTT and target is Broker)", "Device", DEV));
        assertTrue(eval("all(outflows, encryption == NONE)", "Device", DEV));
        assertTrue(eval("none(inflows, true)", "Device", DEV));
    }

    @Test
    void orderComparesEnumLiteralsByDeclarationOrder() throws Exception {
        assertTrue(eval("max(data.classification) >= CONFIDENTIAL", "DataFlow", FLOW));
        assertTrue(eval("max(data.classification) > targetZone.clearance", "DataFlow", FLOW));
        assertTrue(eval("crossesZones and sourceZone.domain == FIELD and targetZone.domain == PUBLIC_CLOUD", "DataFlow", FLOW));
    }

    @Test
    void nullNavigationIsFalseNotAnError() throws Exception {
        assertFalse(eval("rootOfTrust.immutable", "Device", DEV));
        assertFalse(eval("rootOfTrust.kind == TPM", "Device", DEV));
        assertTrue(eval("rootOfTrust == null and empty(rootOfTrust)", "Device", DEV));
    }

    @Test
    void quantifiersIterateOverPlainValuesWithItBoundToEachValue() throws Exception {
        assertTrue(eval("any(authMethods, it == DEFAULT_PASSWORD)", "Device", DEV));
        assertFalse(eval("all(authMethods, it in [CERTIFICATE, PUF])", "Device", DEV));
        assertTrue(eval("count(data.classification, it >= CONFIDENTIAL) == 1", "DataFlow", FLOW));
        assertTrue(eval("none(tags, it contains 'legacy')", "Device", DEV));
        ConditionException e = assertThrows(ConditionException.class, () -> Binder.compile("any(tags, secureBoot)", Binder.eClass("Device")));
        assertTrue(e.getMessage().contains("only 'it'"), e.getMessage());
    }

    @Test
    void selfReachesTheRuleElementInsideAQuantifier() throws Exception {
        assertTrue(eval("any(outflows, source == self)", "Device", DEV));
    }

    @Test
    void typeErrorsAreReportedAtTheirColumn() {
        ConditionException e = assertThrows(ConditionException.class, () -> Binder.compile("secureBoot and zone.colour == 'red'", Binder.eClass("Device")));
        assertEquals("Zone has no property 'colour'", e.getMessage());
        assertEquals(20, e.position());
        assertThrows(ConditionException.class, () -> Binder.compile("outflows == null", Binder.eClass("Device")));
        assertThrows(ConditionException.class, () -> Binder.compile("any(secureBoot, true)", Binder.eClass("Device")));
        assertThrows(ConditionException.class, () -> Binder.compile("allParts[Toaster]", Binder.eClass("Device")));
        assertThrows(ConditionException.class, () -> Binder.compile("zone.domain < 3", Binder.eClass("Device")));
        assertThrows(ConditionException.class, () -> Binder.compile("name < 'x'", Binder.eClass("Device")));
        assertThrows(ConditionException.class, () -> Binder.compile("protocol == HTTPS", Binder.eClass("Device")));
    }

    @Test
    void syntaxErrorsNameWhatWasExpected() {
        assertEquals("use '==' to compare", assertThrows(ConditionException.class, () -> Binder.compile("a = b", Binder.eClass("Device"))).getMessage());
        assertTrue(assertThrows(ConditionException.class, () -> Binder.compile("(secureBoot", Binder.eClass("Device"))).getMessage().contains("')'"));
        assertTrue(assertThrows(ConditionException.class, () -> Binder.compile("secureBoot &&", Binder.eClass("Device"))).getMessage().contains("'and'"));
        assertThrows(ConditionException.class, () -> Binder.compile("not ".repeat(100) + "secureBoot", Binder.eClass("Device")));
        assertThrows(ConditionException.class, () -> Binder.compile("x".repeat(5000), Binder.eClass("Device")));
    }

    @Test
    void aTraceShowsTheValueOfEverySubexpression() throws Exception {
        SystemModel m = model();
        Expr e = Binder.compile("not secureBoot and any(authMethods, not (it == CERTIFICATE))", Binder.eClass("Device"));
        org.threatloom.catalog.rules.expr.Trace t = e.trace(Scope.of(DEV.find(m), new ModelIndex(m)));
        assertEquals("true", t.value());
        assertEquals("true", t.children().get(0).value(), "not secureBoot");
        assertEquals("false", t.children().get(0).children().get(0).value(), "secureBoot");
        String rendered = t.render();
        assertTrue(rendered.contains("for DEFAULT_PASSWORD: not it == CERTIFICATE  =>  true"), rendered);
    }

    @Test
    void renderingGivesCanonicalTextForExplanations() throws Exception {
        Expr e = Binder.compile("not secureBoot and (remoteUpdate or webInterface)", Binder.eClass("Device"));
        assertEquals("not secureBoot and (remoteUpdate or webInterface)", e.render());
    }
}
