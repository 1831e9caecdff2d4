package org.threatloom.app.commands;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.threatloom.app.Version;
import org.threatloom.app.cli.ExitCodes;
import org.threatloom.app.cli.Format;
import org.threatloom.app.cli.Json;
import org.threatloom.app.cli.LoadFailure;
import org.threatloom.app.cli.ModelSource;
import org.threatloom.app.cli.RuleOptions;
import org.threatloom.catalog.derive.Analysis;
import org.threatloom.catalog.rules.RuleLoadException;
import org.threatloom.compliance.assess.Assessment;
import org.threatloom.compliance.profile.ProfileLoadException;
import org.threatloom.compliance.profile.Profiles;
import org.threatloom.compliance.proof.CheckReport;
import org.threatloom.evidence.oscal.OscalValidator;
import org.threatloom.evidence.pack.AsOf;
import org.threatloom.evidence.pack.Manifest;
import org.threatloom.evidence.pack.PackWriter;
import org.threatloom.evidence.pack.Proofs;
import org.threatloom.evidence.pack.ReportAssembler;
import org.threatloom.evidence.pack.ReportInputs;
import org.threatloom.evidence.report.ConformanceSections;
import org.threatloom.formal.check.CheckOptions;
import org.threatloom.metamodel.io.ElementLines;
import org.threatloom.metamodel.io.ModelLoadException;
import org.threatloom.model.SystemModel;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code threatloom report MODEL --out DIR}: the whole pipeline (threats, formal checks, assessment per profile) and
 * the evidence pack: per profile a DOCX, HTML and PDF certification document and the OSCAL files, one XLSX matrix, the
 * architecture diagram, the threat analysis as JSON and SARIF, and a manifest with the SHA-256 of every file. The
 * verdicts come from threat-catalog, formal-checker and compliance-profiles; this command and the evidence module only
 * render them. The same inputs give the same pack, byte for byte.
 */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Run the full pipeline and write the evidence pack (DOCX, XLSX, HTML, PDF, OSCAL, SARIF, manifest) to --out DIR. "
                + "Exit 0, 1 when --validate finds an invalid OSCAL file, 2 for bad input.")
public final class ReportCommand implements Callable<Integer> {

    @Parameters(index = "0", arity = "0..1", paramLabel = "MODEL", description = "Model file (.tlm), or example:NAME; default: the bundled smart-factory")
    String model;

    @Option(names = "--out", required = true, paramLabel = "DIR",
            description = "Directory for the pack: created, or replaced when it holds an earlier pack; any other non-empty directory is refused")
    Path out;

    @Option(names = "--profile", split = ",", paramLabel = "PROFILE", description = "iec62443-3-3, iec62443-4-2, cra, nistir8425 (repeatable); default: all")
    List<String> profiles = new ArrayList<>();

    @Option(names = "--sl", paramLabel = "N", description = "IEC 62443: assess against a uniform SL-T N (1-4) instead of the model's")
    Integer sl;

    @Option(names = "--proofs", paramLabel = "FILE", description = "Use the proof records of 'threatloom check MODEL --format json' instead of running the checker")
    Path proofs;

    @Option(names = "--no-check", description = "Do not run the formal checker (theorem-backed requirements then say their theorems were not run)")
    boolean noCheck;

    @Option(names = "--budget", paramLabel = "SECONDS", defaultValue = "60", description = "Formal checker: time budget per theorem (default: ${DEFAULT-VALUE})")
    double budget;

    @Option(names = "--k", paramLabel = "N", defaultValue = "1", description = "Formal checker: size of the compromised set for k-compromise (default: ${DEFAULT-VALUE})")
    int k;

    @Option(names = "--as-of", paramLabel = "DATE", description = "The pack's date (yyyy-mm-dd); default: SOURCE_DATE_EPOCH, else the latest "
            + "decision or attestation date in the model, else 1980-01-01 (never the clock)")
    String asOf;

    @Option(names = "--no-pdf", description = "Skip the PDFs (the slowest part for large models)")
    boolean noPdf;

    @Option(names = "--validate", description = "Validate every OSCAL file against NIST's schema and constraints (liboscal-java; takes seconds)")
    boolean validate;

    @Option(names = "--format", defaultValue = "text", description = "text or json summary on standard output (default: ${DEFAULT-VALUE})")
    Format format;

    @Mixin RuleOptions ruleOptions;

    @Spec CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter stdout = spec.commandLine().getOut(), err = spec.commandLine().getErr();
        for (String p : profiles) if (!Profiles.NAMES.contains(p)) return ExitCodes.badInput(err, "unknown profile '" + p + "' (known: " + String.join(", ", Profiles.NAMES) + ")");
        if (sl != null && (sl < 1 || sl > 4)) return ExitCodes.badInput(err, "--sl must be 1, 2, 3 or 4, not " + sl);
        if (k < 0 || k > 16) return ExitCodes.badInput(err, "--k must be between 0 and 16, not " + k);
        if (!(budget > 0) || budget > 86_400) return ExitCodes.badInput(err, "--budget must be a positive number of seconds (at most a day), not " + budget);
        if (proofs != null && noCheck) return ExitCodes.badInput(err, "--proofs and --no-check exclude each other");
        SystemModel m;
        try {
            m = ModelSource.load(model);
        } catch (ModelLoadException e) {
            return LoadFailure.report(e, format, stdout, err);
        }
        Instant date;
        try {
            date = AsOf.of(m, asOf, System.getenv("SOURCE_DATE_EPOCH"));
        } catch (IllegalArgumentException e) {
            return ExitCodes.badInput(err, (asOf != null ? "--as-of: " : "") + e.getMessage());
        }
        ReportAssembler assembler;
        try {
            assembler = new ReportAssembler(ruleOptions.load());
        } catch (RuleLoadException e) {
            return ExitCodes.badInput(err, "rules: " + e.getMessage());
        }
        Analysis analysis = assembler.derive(m);
        Proofs proofResults;
        if (proofs != null) {
            try {
                proofResults = Proofs.of(CheckReport.read(proofs));
            } catch (IOException e) {
                return ExitCodes.badInput(err, "--proofs: " + e.getMessage());
            }
        } else if (noCheck) {
            proofResults = Proofs.none();
        } else {
            proofResults = ReportAssembler.check(m, analysis, CheckOptions.defaults().withK(k).withBudget(Math.max(1, Math.round(budget * 1000))));
        }
        String file = ModelSource.describe(model);
        ReportInputs inputs;
        try {
            inputs = assembler.assemble(m, file, analysis, profiles, proofResults, sl, Version.current(), date);
        } catch (ProfileLoadException e) {
            return ExitCodes.badInput(err, "profile: " + e.getMessage());
        }
        PackWriter.Options options = new PackWriter.Options(!noPdf, Math.max(1, Runtime.getRuntime().availableProcessors()), sarifUri(), lines());
        PackWriter.Pack pack = PackWriter.build(inputs, options);
        try {
            PackWriter.write(pack, out);
        } catch (IOException e) {
            return ExitCodes.badInput(err, "--out: " + e.getMessage());
        }
        List<String> invalid = validate ? validateOscal(pack) : List.of();
        stdout.print(format == Format.json ? Json.mapper().writeValueAsString(json(inputs, pack, invalid)) + "\n" : text(inputs, pack, invalid));
        stdout.flush();
        if (!invalid.isEmpty()) {
            err.println("threatloom: " + invalid.size() + " OSCAL validation problem(s)");
            err.flush();
            return ExitCodes.FINDINGS;
        }
        return ExitCodes.OK;
    }

    private List<String> validateOscal(PackWriter.Pack pack) throws IOException {
        List<String> problems = new ArrayList<>();
        for (String path : pack.files().keySet()) {
            if (!path.startsWith("oscal/")) continue;
            for (OscalValidator.Problem p : OscalValidator.validate(out.resolve(path))) problems.add(path + ": " + p.severity() + " at " + p.path() + ": " + p.message());
        }
        return problems;
    }

    private String text(ReportInputs in, PackWriter.Pack pack, List<String> invalid) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format("%s: evidence pack in %s (%d files, as of %s)%n", in.modelFile(), out, pack.files().size(), in.asOf()));
        sb.append(String.format("threats: %d (%d open); proofs: %d proved, %d counterexample, %d timeout, %d not run%n", in.analysis().threats().size(),
                in.analysis().open().size(), in.proofs().count("proved"), in.proofs().count("counterexample"), in.proofs().count("timeout"),
                in.proofs().count("not-run")));
        for (Assessment a : in.assessments().values()) sb.append(String.format("%-13s %s%n", a.profileId(), ConformanceSections.counts(a.counts())));
        for (String path : pack.files().keySet()) sb.append("  ").append(path).append('\n');
        if (validate) sb.append(invalid.isEmpty() ? "OSCAL: every file valid (schema and constraints)\n" : "OSCAL: " + String.join("\n  ", invalid) + "\n");
        return sb.toString();
    }

    private Map<String, Object> json(ReportInputs in, PackWriter.Pack pack, List<String> invalid) throws IOException {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("out", out.toString());
        doc.put("manifest", Json.mapper().readTree(pack.files().get(Manifest.FILE)));
        if (validate) doc.put("oscalProblems", invalid);
        return doc;
    }

    private String sarifUri() {
        if (model == null || model.startsWith("example:")) return ModelSource.describe(model);
        Path p = Path.of(model).normalize();
        return p.isAbsolute() ? p.toUri().toString() : p.toString().replace('\\', '/');
    }

    private java.util.function.ToIntFunction<String> lines() {
        if (model == null || model.startsWith("example:") || !Files.isRegularFile(Path.of(model))) return id -> 0;
        Map<String, Integer> lines = ElementLines.of(Path.of(model));
        return id -> lines.getOrDefault(id, 0);
    }

}
