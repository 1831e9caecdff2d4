package org.threatloom.evidence;

import static org.junit.jupiter.api.Assertions.*;

import java.io.ByteArrayInputStream;
import java.time.Instant;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.threatloom.evidence.diagram.ArchitectureDiagram;
import org.threatloom.evidence.pack.AsOf;
import org.threatloom.model.Attestation;
import org.threatloom.model.SystemModel;
import org.threatloom.model.ThreatloomFactory;

/** The pack's date comes from the inputs, never the clock; the diagram is the same picture for the same model. */
class AsOfAndDiagramTest {
    @Test
    void dateIsExplicitThenSourceDateEpochThenTheModelsLatestDateThenTheFloor() {
        SystemModel m = ThreatloomFactory.eINSTANCE.createSystemModel();
        assertEquals(AsOf.FLOOR, AsOf.of(m, null, null));
        Attestation a = ThreatloomFactory.eINSTANCE.createAttestation();
        a.setDate("2024-03-01");
        m.getAttestations().add(a);
        Attestation b = ThreatloomFactory.eINSTANCE.createAttestation();
        b.setDate("not a date");
        m.getAttestations().add(b);
        assertEquals(Instant.parse("2024-03-01T00:00:00Z"), AsOf.of(m, null, null));
        assertEquals(Instant.ofEpochSecond(1_700_000_000L), AsOf.of(m, null, "1700000000"));
        assertEquals(Instant.parse("2025-06-30T00:00:00Z"), AsOf.of(m, "2025-06-30", "1700000000"));
        assertEquals(AsOf.FLOOR, AsOf.of(m, "1970-01-01", null));
        assertThrows(IllegalArgumentException.class, () -> AsOf.of(m, "yesterday", null));
    }

    @Test
    void diagramIsADeterministicPngOfTheModel() throws Exception {
        SystemModel m = Fixtures.load();
        ArchitectureDiagram.Png a = ArchitectureDiagram.render(m), b = ArchitectureDiagram.render(m);
        assertArrayEquals(a.bytes(), b.bytes());
        var img = ImageIO.read(new ByteArrayInputStream(a.bytes()));
        assertEquals(a.width(), img.getWidth());
        assertEquals(a.height(), img.getHeight());
        assertTrue(a.width() >= 600 && a.width() <= 2400, "width " + a.width());
    }
}
