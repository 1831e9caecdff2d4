package org.threatloom.bench.gen;

import static org.junit.jupiter.api.Assertions.*;

import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.threatloom.metamodel.io.XmiCodec;

class GeneratedModelsAreReproducibleTest {

    @Test
    void theSameSeedAndSizeGiveByteIdenticalXmi() throws Exception {
        byte[] first = XmiCodec.toBytes(ModelGenerator.generate(3_000, 42));
        byte[] second = XmiCodec.toBytes(ModelGenerator.generate(3_000, 42));
        assertTrue(first.length > 100_000, "suspiciously small XMI: " + first.length + " bytes");
        assertArrayEquals(first, second);
    }

    @Test
    void aDifferentSeedGivesADifferentModel() throws Exception {
        byte[] a = XmiCodec.toBytes(ModelGenerator.generate(3_000, 42));
        byte[] b = XmiCodec.toBytes(ModelGenerator.generate(3_000, 43));
        assertFalse(Arrays.equals(a, b));
        assertNotEquals(ModelGenerator.countByType(ModelGenerator.generate(3_000, 42)),
                ModelGenerator.countByType(ModelGenerator.generate(3_000, 43)), "the seed should change the mix, not only names");
    }

    @Test
    void generatingDoesNotDependOnWhatWasGeneratedBefore() throws Exception {
        byte[] fresh = XmiCodec.toBytes(ModelGenerator.generate(1_500, 7));
        ModelGenerator.generate(4_000, 99);
        assertArrayEquals(fresh, XmiCodec.toBytes(ModelGenerator.generate(1_500, 7)));
    }
}
