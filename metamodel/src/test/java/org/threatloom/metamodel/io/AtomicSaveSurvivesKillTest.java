package org.threatloom.metamodel.io;

import static org.junit.jupiter.api.Assertions.*;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.threatloom.metamodel.TestModels;
import org.threatloom.model.SystemModel;

/** Robustness case 13 and the save contract: atomic, revisions kept, leftovers cleaned. */
class AtomicSaveSurvivesKillTest {
    @TempDir Path dir;

    @Test
    void killingTheSaverAtRandomMomentsAlwaysLeavesTheOldOrTheNewRevision() throws Exception {
        Path file = dir.resolve("plant.tlm");
        Random random = new Random(13);
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        for (int round = 0; round < 12; round++) {
            Process p = new ProcessBuilder(javaBin, "-cp", System.getProperty("java.class.path"), SaveLoop.class.getName(), file.toString())
                    .redirectErrorStream(true).start();
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream()))) {
                assertEquals("ready", r.readLine(), "child did not start");
                Thread.sleep(random.nextInt(400));
                p.destroyForcibly(); // SIGKILL on Linux: no shutdown hooks, no finally blocks
                assertTrue(p.waitFor(10, TimeUnit.SECONDS));
            }
            SystemModel loaded = ModelStore.load(file); // also cleans leftovers of the killed save
            assertTrue(List.of("A", "B").contains(loaded.getName()), "round " + round + ": " + loaded.getName());
            assertEquals(4002, loaded.getComponents().size());
            assertEquals(List.of(), tempFiles(file), "temp files left after load");
            for (Path revision : RevisionHistory.list(file)) ModelStore.load(revision);
        }
    }

    @Test
    void loadingLeavesNothingBesideTheModel() throws Exception {
        Path file = dir.resolve("m.tlm");
        Files.write(file, XmiCodec.toBytes(TestModels.small()));
        ModelStore.load(file);
        try (Stream<Path> s = Files.list(dir)) {
            assertEquals(List.of("m.tlm"), s.map(p -> p.getFileName().toString()).toList());
        }
    }

    @Test
    void savingKeepsEarlierRevisionsUpToTheLimit() throws Exception {
        Path file = dir.resolve("m.tlm");
        SystemModel m = TestModels.small();
        for (int i = 1; i <= 5; i++) {
            m.setName("rev " + i);
            ModelStore.save(m, file, 3);
        }
        List<Path> revisions = RevisionHistory.list(file);
        assertEquals(3, revisions.size());
        assertEquals("rev 4", ModelStore.load(revisions.get(2)).getName());
        assertEquals("rev 2", ModelStore.load(revisions.get(0)).getName());
        assertEquals("rev 5", ModelStore.load(file).getName());
    }

    @Test
    void aFailedSaveLeavesThePreviousRevisionIntact() throws Exception {
        Path file = dir.resolve("m.tlm");
        SystemModel m = TestModels.small();
        ModelStore.save(m, file);
        byte[] before = Files.readAllBytes(file);
        Path blocked = dir.resolve("blocked");
        Files.createDirectory(blocked);
        Files.createDirectory(blocked.resolve("m.tlm")); // the target is a directory: the final move must fail
        assertThrows(java.io.IOException.class, () -> ModelStore.save(m, blocked.resolve("m.tlm")));
        assertArrayEquals(before, Files.readAllBytes(file));
        try (Stream<Path> s = Files.list(blocked)) {
            assertEquals(List.of("m.tlm"), s.map(p -> p.getFileName().toString()).filter(n -> !n.endsWith(".lock")).toList());
        }
    }

    @Test
    void saveThenLoadGivesAnEqualModelAndTheSameBytes() throws Exception {
        Path a = dir.resolve("a.tlm");
        Path b = dir.resolve("b.tlm");
        SystemModel original = TestModels.small();
        ModelStore.save(original, a);
        SystemModel loaded = ModelStore.load(a);
        assertTrue(EcoreUtil.equals(original, loaded));
        ModelStore.save(loaded, b);
        assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(b));
        assertTrue(Files.readString(a).contains("xmi:id=\"plc-1\""));
    }

    @Test
    void elementsWithoutIdsGetReadableUniqueIdsOnSave() throws Exception {
        SystemModel m = TestModels.small();
        m.getComponents().get(1).setId(null);
        m.getFlows().get(0).setId("");
        ModelStore.save(m, dir.resolve("m.tlm"));
        assertEquals("gateway-1", m.getComponents().get(1).getId());
        assertEquals("data-flow-1", m.getFlows().get(0).getId());
    }

    private static List<Path> tempFiles(Path file) throws Exception {
        try (Stream<Path> s = Files.list(file.getParent())) {
            return s.filter(p -> p.getFileName().toString().contains(SaveLock.TEMP_MARKER)).toList();
        }
    }
}
