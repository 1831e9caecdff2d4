package org.threatloom.catalog.rules;

import org.yaml.snakeyaml.LoaderOptions;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * The YAML reader for rule files, with limits that make hostile files cheap: few aliases (no "billion laughs"),
 * bounded size and nesting, no duplicate keys, and unknown keys rejected.
 */
final class Yaml {
    static final int MAX_BYTES = 256 * 1024;

    private Yaml() {}

    static ObjectMapper mapper() {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(20);
        options.setAllowDuplicateKeys(false);
        options.setCodePointLimit(MAX_BYTES);
        options.setNestingDepthLimit(20);
        options.setAllowRecursiveKeys(false);
        YAMLFactory factory = YAMLFactory.builder().loaderOptions(options).build();
        return new ObjectMapper(factory).enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
    }
}
