package org.threatloom.formal.result;

import java.util.List;

/**
 * A counterexample mapped back to model elements: what the solver chose, as the attack path (or the data,
 * place and zone of a missing key custody, the flow and its paths, the part and its supply chain), the
 * threats involved, and one line per violation.
 *
 * @param slice   the slice it was found in (an asset, data item, flow, zone or chunk of threats)
 * @param summary one sentence
 * @param path    the elements in order (entry ... asset for an attack path)
 * @param threats ids of the threats involved ({@code ruleId@elementId})
 * @param details one line per violation in the slice
 */
public record Counterexample(String theorem, String slice, String summary, List<ElementRef> path, List<String> threats,
                             List<String> details) {}
