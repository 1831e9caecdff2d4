package org.threatloom.evidence.report;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.threatloom.evidence.diagram.ArchitectureDiagram;
import org.threatloom.evidence.pack.ReportInputs;
import org.threatloom.metamodel.query.Labels;
import org.threatloom.metamodel.query.ModelSummary;
import org.threatloom.model.ModelElement;

/**
 * What every document of one pack shares, computed once: the inputs, the model summary, the element index by id
 * and the architecture diagram.
 */
public final class ReportContext {
    private final ReportInputs inputs;
    private final ModelSummary summary;
    private final Map<String, EObject> byId = new HashMap<>();
    private final ArchitectureDiagram.Png diagram;

    public ReportContext(ReportInputs inputs) {
        this.inputs = inputs;
        this.summary = ModelSummary.of(inputs.model());
        byId.put(inputs.model().getId(), inputs.model());
        for (TreeIterator<EObject> it = inputs.model().eAllContents(); it.hasNext();) {
            EObject o = it.next();
            if (o instanceof ModelElement e && e.getId() != null) byId.putIfAbsent(e.getId(), o);
        }
        this.diagram = ArchitectureDiagram.render(inputs.model());
    }

    public ReportInputs inputs() {
        return inputs;
    }

    public ModelSummary summary() {
        return summary;
    }

    public ArchitectureDiagram.Png diagram() {
        return diagram;
    }

    public EObject element(String id) {
        return id == null ? null : byId.get(id);
    }

    /** {@code Type 'name' [id]} for a known id, else the id itself. */
    public String label(String id) {
        EObject o = element(id);
        return Text.clean(o == null ? String.valueOf(id) : Labels.of(o));
    }

    /** The element's name (or id) for a known id, else the id itself. */
    public String name(String id) {
        EObject o = element(id);
        return Text.clean(o == null ? String.valueOf(id) : Labels.name(o));
    }
}
