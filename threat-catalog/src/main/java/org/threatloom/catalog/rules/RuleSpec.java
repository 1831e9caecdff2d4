package org.threatloom.catalog.rules;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonFormat;

/** A rule file as written (YAML), before checking. Unknown keys are rejected by the loader. */
final class RuleSpec {
    public String id;
    public String title;
    public String description;
    public String stride;
    public String domain;
    @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
    public List<String> appliesTo;
    public String condition;
    public List<String> references;
    public String likelihood;
    public String impact;
    public List<String> mitigatedBy;
    public Map<String, String> feasibility;
    public Fixtures fixtures;

    static final class Fixtures {
        @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
        public List<String> fires;
        @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
        public List<String> silent;
    }
}
