package org.threatloom.evidence.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.threatloom.metamodel.io.XmiCodec;
import org.threatloom.model.Attestation;
import org.threatloom.model.AuthenticationKind;
import org.threatloom.model.Chip;
import org.threatloom.model.ChipKind;
import org.threatloom.model.Component;
import org.threatloom.model.Conduit;
import org.threatloom.model.Countermeasure;
import org.threatloom.model.CountermeasureKind;
import org.threatloom.model.CountermeasureStatus;
import org.threatloom.model.CryptoKey;
import org.threatloom.model.DataAsset;
import org.threatloom.model.DataFlow;
import org.threatloom.model.DebugPort;
import org.threatloom.model.DebugPortKind;
import org.threatloom.model.DebugPortState;
import org.threatloom.model.EncryptionKind;
import org.threatloom.model.FirmwareImage;
import org.threatloom.model.LifecyclePhase;
import org.threatloom.model.Organization;
import org.threatloom.model.Pcb;
import org.threatloom.model.PolicyDomain;
import org.threatloom.model.Protocol;
import org.threatloom.model.SecurityLevelVector;
import org.threatloom.model.Supplier;
import org.threatloom.model.Supply;
import org.threatloom.model.SystemModel;
import org.threatloom.model.ThreatloomFactory;
import org.threatloom.model.Verification;
import org.threatloom.model.VerificationMethod;
import org.threatloom.model.VerificationResult;
import org.threatloom.model.Zone;

/**
 * A synthetic plant of about N elements with the mix of the examples (zones with SL-T, conduits, field devices with
 * boards, chips, debug ports and firmware, gateways and workstations, flows, countermeasures, data, keys, suppliers
 * and supplies, attestations), deterministic for a seed. The benchmark's fallback when no model file is given; the
 * reference model is bench's {@code ModelGenerator} ({@code Bench generate --size 1000 --seed 42 --out FILE}).
 */
final class SyntheticPlant {
    private static final ThreatloomFactory F = ThreatloomFactory.eINSTANCE;

    private SyntheticPlant() {}

    static SystemModel generate(int elements, long seed) {
        Random rnd = new Random(seed);
        SystemModel m = F.createSystemModel();
        m.setId("plant-" + elements);
        m.setName("Synthetic plant (" + elements + " elements)");
        m.setDescription("Generated for the evidence-pack benchmark, seed " + seed + ".");
        m.setVersion("1.0");
        m.setSupportPeriodMonths(60);
        Organization owner = F.createOrganization();
        owner.setId("org-owner");
        owner.setName("Owner");
        owner.setTrusted(true);
        m.getParties().add(owner);
        m.setManufacturer(owner);
        List<Supplier> suppliers = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            Supplier s = F.createSupplier();
            s.setId("sup-" + i);
            s.setName("Supplier " + i);
            s.setTrusted(i % 3 != 0);
            m.getParties().add(s);
            suppliers.add(s);
        }
        int zones = Math.max(2, elements / 70);
        PolicyDomain[] domains = PolicyDomain.values();
        for (int i = 0; i < zones; i++) {
            Zone z = F.createZone();
            z.setId("z-" + i);
            z.setName("Zone " + i);
            z.setDomain(domains[i % domains.length]);
            z.setControlledBy(owner);
            z.setSlTarget(sl(rnd));
            m.getZones().add(z);
        }
        for (int i = 0; i + 1 < zones; i++) {
            Conduit c = F.createConduit();
            c.setId("c-" + i);
            c.setName("Conduit " + i + "-" + (i + 1));
            c.getZones().add(m.getZones().get(i));
            c.getZones().add(m.getZones().get(i + 1));
            c.setSlTarget(sl(rnd));
            m.getConduits().add(c);
        }
        int count = 1 + suppliers.size() + zones * 2;
        List<Component> tops = new ArrayList<>();
        int n = 0;
        while (count < elements * 0.75) {
            Component c = switch (n % 4) {
                case 0 -> F.createController();
                case 1 -> F.createSensor();
                case 2 -> F.createGateway();
                default -> F.createWorkstation();
            };
            c.setId("cmp-" + n);
            c.setName(c.eClass().getName() + " " + n);
            c.setZone(m.getZones().get(rnd.nextInt(zones)));
            c.setCritical(rnd.nextInt(5) == 0);
            c.setSoftwareVersion("1." + rnd.nextInt(9));
            m.getComponents().add(c);
            tops.add(c);
            count++;
            if (n % 4 < 3) {
                Pcb pcb = F.createPcb();
                pcb.setId("cmp-" + n + "-pcb");
                pcb.setName("Board");
                Chip chip = F.createChip();
                chip.setId("cmp-" + n + "-soc");
                chip.setName("SoC");
                chip.setKind(ChipKind.SOC);
                DebugPort jtag = F.createDebugPort();
                jtag.setId("cmp-" + n + "-jtag");
                jtag.setName("JTAG");
                jtag.setKind(DebugPortKind.JTAG);
                jtag.setState(rnd.nextBoolean() ? DebugPortState.OPEN : DebugPortState.FUSED_DISABLED);
                FirmwareImage fw = F.createFirmwareImage();
                fw.setId("cmp-" + n + "-fw");
                fw.setName("Firmware");
                pcb.getParts().add(chip);
                pcb.getParts().add(jtag);
                pcb.getParts().add(fw);
                c.getParts().add(pcb);
                count += 4;
                Supply s = F.createSupply();
                s.setId("supply-" + n);
                s.setSupplier(suppliers.get(rnd.nextInt(suppliers.size())));
                s.getParts().add(chip);
                s.setPhase(LifecyclePhase.MANUFACTURE);
                if (rnd.nextBoolean()) {
                    Verification v = F.createVerification();
                    v.setMethod(VerificationMethod.AUTHENTICITY_TEST);
                    v.setResult(VerificationResult.PASSED);
                    s.getVerifications().add(v);
                }
                m.getSupplies().add(s);
                count++;
            }
            n++;
        }
        Protocol[] protocols = {Protocol.MQTTS, Protocol.OPC_UA, Protocol.HTTPS, Protocol.MODBUS_TCP, Protocol.HTTP};
        EncryptionKind[] enc = {EncryptionKind.TLS, EncryptionKind.NONE, EncryptionKind.MUTUAL_TLS};
        CountermeasureKind[] kinds = CountermeasureKind.values();
        for (int i = 0; count < elements; i++) {
            switch (i % 4) {
                case 0, 1 -> {
                    DataFlow f = F.createDataFlow();
                    f.setId("f-" + i);
                    f.setName("Flow " + i);
                    f.setSource(tops.get(rnd.nextInt(tops.size())));
                    f.setTarget(tops.get(rnd.nextInt(tops.size())));
                    f.setProtocol(protocols[rnd.nextInt(protocols.length)]);
                    f.setEncryption(enc[rnd.nextInt(enc.length)]);
                    f.setAuthentication(rnd.nextBoolean() ? AuthenticationKind.CERTIFICATE : AuthenticationKind.NONE);
                    m.getFlows().add(f);
                }
                case 2 -> {
                    Countermeasure c = F.createCountermeasure();
                    c.setId("cm-" + i);
                    c.setName("Countermeasure " + i);
                    c.setKind(kinds[rnd.nextInt(kinds.length)]);
                    c.setStatus(rnd.nextInt(3) == 0 ? CountermeasureStatus.PLANNED : CountermeasureStatus.IMPLEMENTED);
                    c.setSlCapability(1 + rnd.nextInt(4));
                    c.getProtects().add(tops.get(rnd.nextInt(tops.size())));
                    m.getCountermeasures().add(c);
                }
                default -> {
                    if (i % 8 == 3) {
                        DataAsset d = F.createDataAsset();
                        d.setId("d-" + i);
                        d.setName("Data " + i);
                        d.setOwner(owner);
                        m.getDataAssets().add(d);
                    } else {
                        CryptoKey k = F.createCryptoKey();
                        k.setId("k-" + i);
                        k.setName("Key " + i);
                        k.setCustodian(owner);
                        m.getKeys().add(k);
                    }
                }
            }
            count++;
        }
        Attestation a = F.createAttestation();
        a.setId("att-sbom");
        a.setName("SBOM");
        a.setTopic("sbom");
        a.setStatement("SBOMs are kept for every firmware image.");
        a.setDate("2025-06-30");
        m.getAttestations().add(a);
        XmiCodec.attach(m);
        return m;
    }

    private static SecurityLevelVector sl(Random rnd) {
        SecurityLevelVector v = F.createSecurityLevelVector();
        v.setIac(1 + rnd.nextInt(3));
        v.setUc(1 + rnd.nextInt(3));
        v.setSi(1 + rnd.nextInt(3));
        v.setDc(1 + rnd.nextInt(3));
        v.setRdf(1 + rnd.nextInt(3));
        v.setTre(1 + rnd.nextInt(3));
        v.setRa(1 + rnd.nextInt(3));
        return v;
    }
}
