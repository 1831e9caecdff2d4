package org.threatloom.evidence.docx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Date;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;

import org.apache.poi.common.usermodel.PictureType;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.threatloom.evidence.pack.Zips;
import org.threatloom.evidence.report.Block;
import org.threatloom.evidence.report.Document;
import org.threatloom.evidence.report.Text;

/**
 * Renders a {@link Document} as DOCX. Apache POI builds the package: the heading styles a blank document lacks
 * ({@link DocxStyles}), the picture parts and their relationships, the core properties (with the pack's date, never
 * the clock); the body ({@code word/document.xml}) is streamed by {@link DocxBody}, every text as a text run (never a
 * field or markup). The zip is normalised, so the same document gives the same bytes.
 */
public final class DocxWriter {
    /** A4 landscape in twentieths of a point, and the margins. */
    static final int PAGE_W = 16838, PAGE_H = 11906, MARGIN = 850;
    static final int TEXT_W = PAGE_W - 2 * MARGIN;
    static final String BODY = "word/document.xml";

    private DocxWriter() {}

    public static byte[] write(Document d) {
        try (XWPFDocument doc = new XWPFDocument()) {
            DocxStyles.install(doc);
            properties(doc, d);
            Map<Block.Image, String> pictures = new IdentityHashMap<>();
            for (Block b : d.blocks()) {
                if (b instanceof Block.Image i) pictures.put(i, doc.addPictureData(i.png(), PictureType.PNG));
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
            doc.write(out);
            return Zips.normalize(out.toByteArray(), d.asOf(), Map.of(BODY, DocxBody.write(d, pictures)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write DOCX", e);
        } catch (InvalidFormatException e) {
            throw new IllegalStateException("cannot embed the diagram", e);
        }
    }

    private static void properties(XWPFDocument doc, Document d) {
        POIXMLProperties.CoreProperties core = doc.getProperties().getCoreProperties();
        core.setTitle(Text.clean(d.title() + " - " + d.subtitle()));
        core.setCreator(d.author());
        core.setLastModifiedByUser(d.author());
        core.setSubjectProperty("Conformance evidence (" + d.profile() + ")");
        Date when = Date.from(d.asOf());
        core.setCreated(Optional.of(when));
        core.setModified(Optional.of(when));
    }
}
