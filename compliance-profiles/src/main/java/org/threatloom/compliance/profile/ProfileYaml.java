package org.threatloom.compliance.profile;

import org.yaml.snakeyaml.LoaderOptions;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/** YAML reading with limits (few aliases, bounded size and depth, no duplicate keys) and unknown keys rejected. */
final class ProfileYaml {
    private ProfileYaml() {}

    static ObjectMapper mapper(int maxChars) {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(20);
        options.setAllowDuplicateKeys(false);
        options.setCodePointLimit(maxChars);
        options.setNestingDepthLimit(20);
        options.setAllowRecursiveKeys(false);
        return new ObjectMapper(YAMLFactory.builder().loaderOptions(options).build())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }
}
