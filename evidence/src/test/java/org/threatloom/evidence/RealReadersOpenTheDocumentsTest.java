package org.threatloom.evidence;

import static org.junit.jupiter.api.Assertions.*;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.threatloom.evidence.pack.PackWriter;

/**
 * LibreOffice (headless) converts the pack's DOCX and XLSX to PDF, and the PDFs hold the model's names and the
 * requirement ids; poppler reads the PDF rendered from the HTML. Skipped when LibreOffice is not installed
 * ({@code .ci/run} installs it).
 */
class RealReadersOpenTheDocumentsTest {
    @TempDir Path dir;

    @Test
    void libreOfficeConvertsDocxAndXlsxAndTheTextIsThere() throws Exception {
        String soffice = which("soffice", "libreoffice");
        assumeTrue(soffice != null, "LibreOffice not installed");
        PackWriter.Pack pack = PackWriter.build(Fixtures.hostile(), PackWriter.Options.defaults("x.tlm").withPdf(true));
        Path out = dir.resolve("pack");
        PackWriter.write(pack, out);
        List<Path> docs = new ArrayList<>();
        docs.add(out.resolve("etc-passwd-x-matrix.xlsx"));
        for (String p : pack.files().keySet()) if (p.endsWith("-cra.docx") || p.endsWith("-iec62443-3-3.docx")) docs.add(out.resolve(p));
        Path pdfs = dir.resolve("pdf");
        Path profile = dir.resolve("lo-profile");
        List<String> cmd = new ArrayList<>(List.of(soffice, "-env:UserInstallation=" + profile.toUri(), "--headless", "--norestore", "--convert-to", "pdf",
                "--outdir", pdfs.toString()));
        for (Path d : docs) cmd.add(d.toString());
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(dir.resolve("soffice.log").toFile()).start();
        assertTrue(p.waitFor(300, TimeUnit.SECONDS), "LibreOffice finished");
        for (Path d : docs) {
            String name = d.getFileName().toString();
            Path pdf = pdfs.resolve(name.substring(0, name.lastIndexOf('.')) + ".pdf");
            assertTrue(Files.isRegularFile(pdf) && Files.size(pdf) > 1000, "converted " + name + ": " + Files.readString(dir.resolve("soffice.log")));
            String text = pdfText(pdf);
            if (text == null) continue;
            if (name.endsWith(".docx")) {
                assertTrue(text.contains("<script>alert('x')</script>"), name + " shows the name literally");
                assertTrue(text.contains(name.contains("cra") ? "CRA-AI-P1-1" : "SR 1.1"), name + " lists requirement ids");
            } else {
                assertTrue(text.contains("HYPERLINK"), name + " shows the formula-like name as text");
            }
        }
        Path htmlPdf = out.resolve(pack.files().keySet().stream().filter(x -> x.endsWith("-cra.pdf")).findFirst().orElseThrow());
        String text = pdfText(htmlPdf);
        if (text != null) assertTrue(text.contains("CRA-AI-P1-1") && text.contains("Annex VII"), "the HTML-rendered PDF reads back");
    }

    static String pdfText(Path pdf) throws Exception {
        String tool = which("pdftotext");
        if (tool == null) return null;
        Process p = new ProcessBuilder(tool, "-layout", pdf.toString(), "-").redirectErrorStream(true).start();
        String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor(60, TimeUnit.SECONDS);
        return text;
    }

    static String which(String... names) {
        String path = System.getenv("PATH");
        if (path == null) return null;
        for (String n : names) {
            for (String d : path.split(File.pathSeparator)) {
                Path p = Path.of(d, n);
                if (Files.isExecutable(p)) return p.toString();
            }
        }
        return null;
    }
}
