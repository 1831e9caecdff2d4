package org.threatloom.app.cli;

import java.nio.file.Path;

import org.threatloom.catalog.rules.RuleLoadException;
import org.threatloom.catalog.rules.RuleLoader;
import org.threatloom.catalog.rules.RuleSet;

import picocli.CommandLine.Option;

/** {@code --rules DIR}: a user rule pack added to (and overriding) the shipped rules. */
public final class RuleOptions {
    @Option(names = "--rules", paramLabel = "DIR", description = "Folder of additional rule files (*.yaml); same ids override shipped rules")
    Path rules;

    public RuleSet load() throws RuleLoadException {
        return RuleLoader.loadWith(rules);
    }
}
