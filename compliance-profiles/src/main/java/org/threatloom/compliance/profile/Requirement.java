package org.threatloom.compliance.profile;

import java.util.List;

/**
 * One requirement of a profile: its id and short title as published (no requirement text of IEC/ISA standards),
 * its security-level vector for IEC 62443, and its mapping.
 *
 * @param type           SR, RE (62443-3-3); CR, SAR, EDR, HDR, NDR, RE, CR-dispatch, CR-placeholder, CCSC (62443-4-2);
 *                       point, article (CRA); capability, sub-outcome (IR 8425)
 * @param fr             FR1..FR7 for IEC 62443, else null
 * @param parent         the base requirement of an RE, the capability of an IR 8425 sub-outcome, else null
 * @param sl             the security levels at which the requirement is selected (cumulative, e.g. [2, 3, 4]); empty
 *                       when the profile has no security levels
 * @param contested      whether public reproductions disagree about the SL vector ({@code slNote} says how)
 * @param componentTypes IEC 62443-4-2 component types the requirement applies to (SAR, EDR, HDR, NDR)
 * @param group          CRA part (Annex I Part I / Part II / Art. 13...), IR 8425 capability kind (device /
 *                       non-technical), else null
 * @param citation       legal or document citation (CRA), the source's own numbering (IR 8425), else null
 * @param paraphrase     a paraphrase of the requirement (CRA and NIST texts only), else null
 * @param conduit        (62443-3-3) whether the requirement is also assessed on each conduit
 * @param dispatchTo     (62443-4-2 CR-dispatch rows) the component-type-specific requirements that state it
 */
public record Requirement(String id, String type, String fr, String parent, String title, List<Integer> sl, boolean contested,
                          String slNote, List<String> componentTypes, String derivedFrom, String group, String citation,
                          String paraphrase, boolean conduit, List<String> dispatchTo, Mapping mapping) {

    public Requirement {
        sl = List.copyOf(sl);
        componentTypes = List.copyOf(componentTypes);
        dispatchTo = List.copyOf(dispatchTo);
    }

    /** The lowest security level at which the requirement is selected, 0 when the profile has no levels. */
    public int minSl() {
        return sl.isEmpty() ? 0 : sl.get(0);
    }

    /** Whether the requirement is selected at security level {@code level} (always, when the profile has no levels). */
    public boolean selectedAt(int level) {
        return sl.isEmpty() || (level >= 1 && minSl() <= level);
    }

    /** Whether the requirement gets its own verdict (dispatch and placeholder rows do not). */
    public boolean assessed() {
        return mapping.assessedBy() != AssessedBy.PER_COMPONENT_TYPE && mapping.assessedBy() != AssessedBy.NONE;
    }

    public boolean appliesToComponentType(String componentType) {
        return componentTypes.isEmpty() || componentTypes.contains(componentType);
    }
}
