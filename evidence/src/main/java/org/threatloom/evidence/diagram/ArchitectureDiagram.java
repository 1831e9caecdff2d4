package org.threatloom.evidence.diagram;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Line2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import org.eclipse.emf.ecore.EObject;
import org.threatloom.evidence.report.Text;
import org.threatloom.metamodel.query.Labels;
import org.threatloom.model.Actor;
import org.threatloom.model.Component;
import org.threatloom.model.DataFlow;
import org.threatloom.model.EncryptionKind;
import org.threatloom.model.Node;
import org.threatloom.model.SystemModel;
import org.threatloom.model.Zone;

/**
 * The architecture diagram of a model as a PNG, drawn with Java2D: one box per zone (name and SL-T) with its
 * top-level components inside, external actors in a box of their own, and one line per data flow between the
 * boxes of its ends (red when the flow is not encrypted). The layout is a grid in model order, so the same model
 * gives the same picture; large zones show their first {@value #MAX_PER_ZONE} components and a "+N more" line.
 */
public final class ArchitectureDiagram {
    static final int MAX_PER_ZONE = 24;
    private static final int NODE_W = 150, NODE_H = 34, GAP = 10, PAD = 12, HEADER = 40, COLS_IN_ZONE = 3, MAX_WIDTH = 2400;
    private static final Color ZONE_FILL = new Color(0xEEF3FA), ZONE_LINE = new Color(0x3A5A8C), NODE_FILL = Color.WHITE,
            NODE_LINE = new Color(0x555555), CRITICAL = new Color(0xB0413E), FLOW = new Color(0x2F6F4F, false), PLAIN_FLOW = new Color(0xC0392B);

    /** The picture and its size in pixels. */
    public record Png(byte[] bytes, int width, int height) {}

    private record Box(String title, String subtitle, List<EObject> nodes, int hidden) {}

    private ArchitectureDiagram() {}

    public static Png render(SystemModel model) {
        List<Box> boxes = boxes(model);
        int cols = Math.max(1, (int) Math.ceil(Math.sqrt(boxes.size())));
        int zoneW = PAD * 2 + COLS_IN_ZONE * NODE_W + (COLS_IN_ZONE - 1) * GAP;
        while (cols > 1 && cols * (zoneW + GAP) + GAP > MAX_WIDTH) cols--;
        int rows = (boxes.size() + cols - 1) / cols;
        int[] rowHeight = new int[Math.max(1, rows)];
        for (int i = 0; i < boxes.size(); i++) rowHeight[i / cols] = Math.max(rowHeight[i / cols], zoneHeight(boxes.get(i)));
        int width = GAP + cols * (zoneW + GAP);
        int height = GAP + 30;
        for (int h : rowHeight) height += h + GAP;
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_OFF);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, width, height);
            g.setColor(Color.BLACK);
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 16));
            g.drawString(fit(g, Text.clean(Labels.name(model)) + " - zones, components and data flows", width - 2 * GAP), GAP, GAP + 18);
            Map<EObject, int[]> centres = new IdentityHashMap<>();
            int y = GAP + 30;
            for (int r = 0; r < rows; r++) {
                for (int c = 0; c < cols && r * cols + c < boxes.size(); c++) {
                    drawZone(g, boxes.get(r * cols + c), GAP + c * (zoneW + GAP), y, zoneW, rowHeight[r], centres);
                }
                y += rowHeight[r] + GAP;
            }
            drawFlows(g, model, centres);
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(img, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Png(out.toByteArray(), width, height);
    }

    private static List<Box> boxes(SystemModel model) {
        Map<Zone, List<EObject>> byZone = new LinkedHashMap<>();
        for (Zone z : model.getZones()) byZone.put(z, new ArrayList<>());
        List<EObject> noZone = new ArrayList<>();
        for (Component c : model.getComponents()) {
            List<EObject> list = c.getZone() == null ? null : byZone.get(c.getZone());
            (list == null ? noZone : list).add(c);
        }
        List<Box> out = new ArrayList<>();
        byZone.forEach((z, nodes) -> out.add(box(Labels.name(z), sl(z), nodes)));
        if (!noZone.isEmpty()) out.add(box("(no zone)", "", noZone));
        List<EObject> actors = new ArrayList<>(model.getActors());
        if (!actors.isEmpty()) out.add(box("Actors", "outside the system", actors));
        return out;
    }

    private static Box box(String title, String subtitle, List<EObject> nodes) {
        int hidden = Math.max(0, nodes.size() - MAX_PER_ZONE);
        return new Box(Text.clean(title), subtitle, nodes.subList(0, nodes.size() - hidden), hidden);
    }

    private static String sl(Zone z) {
        if (z.getSlTarget() == null) return "SL-T not set";
        var v = z.getSlTarget();
        return "SL-T " + v.getIac() + " " + v.getUc() + " " + v.getSi() + " " + v.getDc() + " " + v.getRdf() + " " + v.getTre() + " " + v.getRa();
    }

    private static int zoneHeight(Box b) {
        int lines = (b.nodes().size() + COLS_IN_ZONE - 1) / COLS_IN_ZONE;
        return HEADER + PAD + lines * (NODE_H + GAP) + (b.hidden() > 0 ? 18 : 0) + PAD;
    }

    private static void drawZone(Graphics2D g, Box b, int x, int y, int w, int h, Map<EObject, int[]> centres) {
        g.setColor(ZONE_FILL);
        g.fillRoundRect(x, y, w, h, 14, 14);
        g.setColor(ZONE_LINE);
        g.setStroke(new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {8f, 5f}, 0f));
        g.drawRoundRect(x, y, w, h, 14, 14);
        g.setStroke(new BasicStroke(1f));
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 13));
        g.drawString(fit(g, b.title(), w - 2 * PAD), x + PAD, y + 18);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        g.drawString(fit(g, b.subtitle(), w - 2 * PAD), x + PAD, y + 33);
        int i = 0;
        for (EObject n : b.nodes()) {
            int nx = x + PAD + (i % COLS_IN_ZONE) * (NODE_W + GAP), ny = y + HEADER + PAD + (i / COLS_IN_ZONE) * (NODE_H + GAP);
            boolean critical = n instanceof Component c && c.isCritical();
            g.setColor(NODE_FILL);
            g.fillRect(nx, ny, NODE_W, NODE_H);
            g.setColor(critical ? CRITICAL : NODE_LINE);
            g.setStroke(new BasicStroke(critical ? 2f : 1f));
            g.drawRect(nx, ny, NODE_W, NODE_H);
            g.setStroke(new BasicStroke(1f));
            g.setColor(Color.BLACK);
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
            g.drawString(fit(g, Text.clean(Labels.name(n)), NODE_W - 8), nx + 4, ny + 14);
            g.setColor(Color.DARK_GRAY);
            g.setFont(new Font(Font.SANS_SERIF, Font.ITALIC, 10));
            g.drawString(fit(g, n.eClass().getName(), NODE_W - 8), nx + 4, ny + 28);
            centres.put(n, new int[] {nx + NODE_W / 2, ny + NODE_H / 2});
            i++;
        }
        if (b.hidden() > 0) {
            g.setColor(Color.DARK_GRAY);
            g.setFont(new Font(Font.SANS_SERIF, Font.ITALIC, 11));
            g.drawString("+" + b.hidden() + " more", x + PAD, y + h - PAD - 2);
        }
    }

    private static void drawFlows(Graphics2D g, SystemModel model, Map<EObject, int[]> centres) {
        for (DataFlow f : model.getFlows()) {
            int[] a = centres.get(top(f.getSource())), b = centres.get(top(f.getTarget()));
            if (a == null || b == null || a == b) continue;
            boolean plain = f.getEncryption() == null || f.getEncryption() == EncryptionKind.NONE;
            g.setColor(plain ? PLAIN_FLOW : FLOW);
            g.setStroke(new BasicStroke(plain ? 1.6f : 1.2f));
            g.draw(new Line2D.Double(a[0], a[1], b[0], b[1]));
            double angle = Math.atan2(b[1] - a[1], b[0] - a[0]);
            int ex = b[0] - (int) (Math.cos(angle) * 18), ey = b[1] - (int) (Math.sin(angle) * 18);
            g.fillPolygon(new int[] {ex, ex - (int) (8 * Math.cos(angle - 0.4)), ex - (int) (8 * Math.cos(angle + 0.4))},
                    new int[] {ey, ey - (int) (8 * Math.sin(angle - 0.4)), ey - (int) (8 * Math.sin(angle + 0.4))}, 3);
        }
        g.setStroke(new BasicStroke(1f));
    }

    /** The top-level component (or the actor) a flow end belongs to. */
    private static EObject top(Node n) {
        if (n == null) return null;
        if (n instanceof Actor) return n;
        EObject o = n;
        while (o.eContainer() instanceof Component parent) o = parent;
        return o;
    }

    private static String fit(Graphics2D g, String s, int width) {
        FontMetrics fm = g.getFontMetrics();
        if (fm.stringWidth(s) <= width) return s;
        String t = s;
        while (!t.isEmpty() && fm.stringWidth(t + "...") > width) t = t.substring(0, t.length() - 1);
        return t + "...";
    }
}
