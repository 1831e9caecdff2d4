package org.threatloom.metamodel.io;

import java.nio.file.Path;

import org.threatloom.metamodel.TestModels;
import org.threatloom.model.Controller;
import org.threatloom.model.SystemModel;

/** Child process for the kill -9 test: saves revision A and B of a sizeable model in turn, forever. */
public final class SaveLoop {
    private SaveLoop() {}

    public static SystemModel revision(String name, int devices) {
        SystemModel m = TestModels.small();
        m.setName(name);
        for (int i = 0; i < devices; i++) {
            Controller c = TestModels.F.createController();
            c.setId("c-" + i);
            c.setName(name + " controller " + i);
            c.setZone(m.getZones().get(0));
            c.setDescription("x".repeat(40));
            m.getComponents().add(c);
        }
        return m;
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        SystemModel a = revision("A", 4000);
        SystemModel b = revision("B", 4000);
        ModelStore.save(a, file, 3);
        System.out.println("ready");
        System.out.flush();
        for (long i = 0;; i++) ModelStore.save(i % 2 == 0 ? b : a, file, 3);
    }
}
