package org.threatloom.evidence.html;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import org.threatloom.evidence.report.Block;
import org.threatloom.evidence.report.Document;

/**
 * Renders a {@link Document} to one self-contained XHTML file with Thymeleaf in XML mode (so the output is well formed
 * for the PDF renderer too). The template ({@code org/threatloom/evidence/html/report.html}) writes every model-derived
 * string with {@code th:text}, which escapes it; it uses no {@code th:utext} and no inlining, so a name such as
 * {@code <script>} or {@code [[${T(java.lang.Runtime)}]]} appears literally and is never executed or evaluated.
 */
public final class HtmlWriter {
    private static final TemplateEngine ENGINE = engine();

    private HtmlWriter() {}

    public static String write(Document d) {
        Context ctx = new Context(Locale.ROOT);
        ctx.setVariable("title", d.title());
        ctx.setVariable("subtitle", d.subtitle());
        ctx.setVariable("date", DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneOffset.UTC).format(d.asOf()));
        ctx.setVariable("author", d.author());
        ctx.setVariable("toc", d.headings().stream().map(HtmlView::new).toList());
        List<HtmlView> blocks = d.blocks().stream().map((Block b) -> new HtmlView(b)).toList();
        ctx.setVariable("blocks", blocks);
        return ENGINE.process("report", ctx);
    }

    private static TemplateEngine engine() {
        ClassLoaderTemplateResolver r = new ClassLoaderTemplateResolver(HtmlWriter.class.getClassLoader());
        r.setPrefix("org/threatloom/evidence/html/");
        r.setSuffix(".html");
        r.setTemplateMode(TemplateMode.XML);
        r.setCharacterEncoding("UTF-8");
        r.setCacheable(true);
        TemplateEngine e = new TemplateEngine();
        e.setTemplateResolver(r);
        return e;
    }
}
