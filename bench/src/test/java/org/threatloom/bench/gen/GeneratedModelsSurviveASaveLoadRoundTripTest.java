package org.threatloom.bench.gen;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.threatloom.metamodel.io.ModelStore;
import org.threatloom.model.SystemModel;

class GeneratedModelsSurviveASaveLoadRoundTripTest {

    @TempDir
    Path dir;

    @Test
    void aLoadedModelEqualsTheGeneratedOne() throws Exception {
        SystemModel generated = ModelGenerator.generate(2_000, 42);
        Path file = dir.resolve("generated.tlm");
        ModelStore.save(generated, file, 0);
        SystemModel loaded = ModelStore.load(file);
        assertTrue(EcoreUtil.equals(generated, loaded), "the loaded model differs from the generated one");
        assertEquals(ModelGenerator.countByType(generated), ModelGenerator.countByType(loaded));
    }

    @Test
    void savingALoadedModelAgainGivesTheSameModelAndTheSameBytes() throws Exception {
        Path first = dir.resolve("first.tlm");
        Path second = dir.resolve("second.tlm");
        ModelStore.save(ModelGenerator.generate(2_000, 42), first, 0);
        SystemModel once = ModelStore.load(first);
        ModelStore.save(once, second, 0);
        SystemModel twice = ModelStore.load(second);
        assertTrue(EcoreUtil.equals(once, twice), "a second save/load changed the model");
        assertArrayEquals(Files.readAllBytes(first), Files.readAllBytes(second));
    }
}
