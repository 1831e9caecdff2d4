package org.threatloom.metamodel.interop;

import java.io.ByteArrayInputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Parses untrusted XML into a DOM whose elements remember their line and column. Hardened: a DOCTYPE is refused
 * (so no entities, no external DTD, no billion laughs), external entities and schemas are never resolved, XInclude
 * is off. Errors name the file, line and column; {@link #error} names an element by line, column and path.
 */
public final class SafeXml {
    private static final String LINE = "threatloom.line";
    private static final String COLUMN = "threatloom.column";

    private SafeXml() {}

    public static Document parse(byte[] bytes, String file) throws ImportException {
        try {
            SAXParserFactory f = SAXParserFactory.newInstance();
            f.setNamespaceAware(true);
            f.setValidating(false);
            f.setXIncludeAware(false);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature("http://xml.org/sax/features/external-general-entities", false);
            f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            SAXParser parser = f.newSAXParser();
            parser.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            parser.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();
            dbf.setNamespaceAware(true);
            Builder builder = new Builder(dbf.newDocumentBuilder().newDocument());
            InputSource in = new InputSource(new ByteArrayInputStream(bytes));
            in.setSystemId("threatloom:import");
            parser.parse(in, builder);
            if (builder.doc.getDocumentElement() == null) throw new ImportException(file, "empty XML document");
            return builder.doc;
        } catch (SAXParseException e) {
            throw new ImportException(file, e.getLineNumber(), e.getColumnNumber(), "", message(e));
        } catch (SAXException e) {
            throw new ImportException(file, "malformed XML: " + e.getMessage());
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the XML parser cannot be hardened", e);
        } catch (java.io.IOException e) {
            throw new ImportException(file, "cannot read: " + e.getMessage());
        }
    }

    private static String message(SAXParseException e) {
        String m = e.getMessage() == null ? "" : e.getMessage();
        if (m.contains("DOCTYPE")) return "DOCTYPE not allowed (imported files may not declare DTDs or entities)";
        if (m.contains("entity") && m.contains("limit")) return "entity expansion limit exceeded";
        if (m.contains("Premature end of file") || m.contains("must end with") || m.contains("must start and end within the same entity")) {
            return "truncated XML: " + m;
        }
        return "malformed XML: " + m;
    }

    /** An error located at an element: its line and column, and its path from the root. */
    public static ImportException error(String file, Element at, String message) {
        Object line = at.getUserData(LINE), column = at.getUserData(COLUMN);
        return new ImportException(file, line instanceof Integer l ? l : 0, column instanceof Integer c ? c : 0, path(at), message);
    }

    /** {@code /ThreatModel/DrawingSurfaceList/DrawingSurfaceModel[1]/...}, 1-based positions among same-named siblings. */
    public static String path(Element e) {
        Deque<String> parts = new ArrayDeque<>();
        for (Node n = e; n instanceof Element el; n = n.getParentNode()) {
            int index = 1, same = 0;
            for (Node s = el.getParentNode() == null ? null : el.getParentNode().getFirstChild(); s != null; s = s.getNextSibling()) {
                if (s instanceof Element se && se.getLocalName().equals(el.getLocalName())) {
                    same++;
                    if (s.isSameNode(el)) index = same;
                }
            }
            parts.push(el.getLocalName() + (same > 1 ? "[" + index + "]" : ""));
        }
        return "/" + String.join("/", parts);
    }

    /** Child elements with this local name (any namespace). */
    public static List<Element> children(Element parent, String localName) {
        List<Element> out = new ArrayList<>();
        if (parent == null) return out;
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && (localName == null || localName.equals(e.getLocalName()))) out.add(e);
        }
        return out;
    }

    public static Element child(Element parent, String localName) {
        List<Element> c = children(parent, localName);
        return c.isEmpty() ? null : c.get(0);
    }

    /** Trimmed text of the named child, or null when it is absent, nil or empty. */
    public static String text(Element parent, String localName) {
        Element c = child(parent, localName);
        if (c == null || "true".equals(c.getAttributeNS(XMLConstants.W3C_XML_SCHEMA_INSTANCE_NS_URI, "nil"))) return null;
        String t = c.getTextContent().trim();
        return t.isEmpty() ? null : t;
    }

    /** The local part of {@code i:type}, e.g. "StencilEllipse" for {@code i:type="b:StencilEllipse"}. */
    public static String xsiType(Element e) {
        String t = e.getAttributeNS(XMLConstants.W3C_XML_SCHEMA_INSTANCE_NS_URI, "type");
        int colon = t.indexOf(':');
        return colon >= 0 ? t.substring(colon + 1) : t;
    }

    private static final class Builder extends DefaultHandler {
        final Document doc;
        private Node current;
        private Locator locator;
        private final StringBuilder text = new StringBuilder();

        Builder(Document doc) {
            this.doc = doc;
            this.current = doc;
        }

        @Override
        public void setDocumentLocator(Locator locator) {
            this.locator = locator;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            flushText();
            Element e = doc.createElementNS(uri == null || uri.isEmpty() ? null : uri, qName);
            for (int i = 0; i < attributes.getLength(); i++) {
                String au = attributes.getURI(i);
                e.setAttributeNS(au == null || au.isEmpty() ? null : au, attributes.getQName(i), attributes.getValue(i));
            }
            if (locator != null) {
                e.setUserData(LINE, locator.getLineNumber(), null);
                e.setUserData(COLUMN, locator.getColumnNumber(), null);
            }
            current.appendChild(e);
            current = e;
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            flushText();
            current = current.getParentNode();
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            text.append(ch, start, length);
        }

        private void flushText() {
            if (text.length() > 0 && current instanceof Element) current.appendChild(doc.createTextNode(text.toString()));
            text.setLength(0);
        }

        @Override
        public InputSource resolveEntity(String publicId, String systemId) throws SAXException {
            throw new SAXException("external entity not allowed: " + systemId);
        }
    }
}
