package org.threatloom.web.edit;

import java.util.LinkedHashMap;
import java.util.Map;

/** Diagram positions by element id: the sidecar that keeps layout out of the model. */
public final class LayoutTable {
    private final Map<String, LayoutBox> boxes = new LinkedHashMap<>();

    public synchronized LayoutBox get(String id) {
        return boxes.get(id);
    }

    public synchronized void put(String id, LayoutBox box) {
        if (box == null) boxes.remove(id);
        else boxes.put(id, box);
    }

    public synchronized Map<String, LayoutBox> snapshot() {
        return new LinkedHashMap<>(boxes);
    }

    public synchronized void retainOnly(java.util.Set<String> ids) {
        boxes.keySet().retainAll(ids);
    }
}
