package org.threatloom.evidence.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;

import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

/**
 * The PDF of a report, rendered from its XHTML with openhtmltopdf (PDFBox). The document information dates are the
 * pack's date and the file identifier is a hash of the HTML, so the same HTML gives the same PDF bytes. No resource is
 * fetched: the HTML is self-contained (the diagram is a data URI) and has no base URI.
 */
public final class PdfWriter {
    static {
        // openhtmltopdf logs every layout phase at INFO through java.util.logging; the HTML is ours, so keep it quiet
        com.openhtmltopdf.util.XRLog.setLoggingEnabled(false);
    }

    private PdfWriter() {}

    public static byte[] write(String xhtml, String title, String author, Instant asOf) {
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.withHtmlContent(xhtml, null);
        builder.withProducer("ThreatLoom (openhtmltopdf)");
        builder.useUriResolver((base, uri) -> uri != null && uri.startsWith("data:") ? uri : null);
        ByteArrayOutputStream out = new ByteArrayOutputStream(512 * 1024);
        try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
            renderer.layout();
            PDDocument doc = renderer.createPDFKeepOpen();
            try {
                fix(doc, xhtml, title, author, asOf);
                doc.save(out);
            } finally {
                doc.close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write PDF", e);
        }
        return out.toByteArray();
    }

    private static void fix(PDDocument doc, String xhtml, String title, String author, Instant asOf) {
        Calendar when = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        when.setTimeInMillis(asOf.toEpochMilli());
        PDDocumentInformation info = doc.getDocumentInformation();
        info.setCreationDate(when);
        info.setModificationDate(when);
        info.setTitle(title);
        info.setAuthor(author);
        info.setCreator("ThreatLoom");
        byte[] id = md5(xhtml);
        COSArray ids = new COSArray();
        ids.add(new COSString(id));
        ids.add(new COSString(id));
        doc.getDocument().getTrailer().setItem(COSName.ID, ids);
    }

    private static byte[] md5(String s) {
        try {
            return MessageDigest.getInstance("MD5").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
