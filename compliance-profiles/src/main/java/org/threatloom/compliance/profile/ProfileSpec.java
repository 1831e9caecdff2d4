package org.threatloom.compliance.profile;

import java.util.List;
import java.util.Map;

/** The YAML form of a profile file, as read (unknown keys are rejected). Checked by {@link ProfileReader}. */
final class ProfileSpec {
    public String profile;
    public String title;
    public String version;
    public String scope;
    public Map<String, String> source;
    public String copyright;
    public Map<String, String> mappingSources;
    public List<RequirementSpec> requirements;

    static final class RequirementSpec {
        public String id;
        public String type;
        public String fr;
        public String parent;
        public String title;
        public List<Integer> sl;
        public Boolean contested;
        public String slNote;
        public List<String> componentTypes;
        public String derivedFrom;
        public String group;
        public String citation;
        public String paraphrase;
        public Boolean conduit;
        public List<String> dispatchTo;
        public MappingSpec mapping;
    }

    static final class MappingSpec {
        public String assessedBy;
        public List<String> kinds;
        public List<CheckSpec> checks;
        public List<CheckSpec> appliesWhen;
        public List<String> theorems;
        public List<String> topics;
        public Boolean attestationRequired;
        public String threats;
        public List<String> via;
        public List<String> source;
        public String note;
    }

    static final class CheckSpec {
        public String element;
        public String where;
        public String require;
        public String says;
        public Boolean suffices;
    }
}
