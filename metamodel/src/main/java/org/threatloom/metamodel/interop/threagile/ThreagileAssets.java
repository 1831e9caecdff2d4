package org.threatloom.metamodel.interop.threagile;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.threatloom.metamodel.interop.ElementSpec;
import org.threatloom.metamodel.interop.ImportException;
import org.threatloom.metamodel.interop.MappingTable;
import org.threatloom.metamodel.interop.ModelBuilder;
import org.threatloom.metamodel.interop.SourceNode;
import org.threatloom.model.Actor;
import org.threatloom.model.Application;
import org.threatloom.model.AuthenticationKind;
import org.threatloom.model.Component;
import org.threatloom.model.Compute;
import org.threatloom.model.ComputeKind;
import org.threatloom.model.DataAsset;
import org.threatloom.model.DataFlow;
import org.threatloom.model.EncryptionKind;
import org.threatloom.model.Level;
import org.threatloom.model.Node;
import org.threatloom.model.PublicCloudService;
import org.threatloom.model.Storage;
import org.threatloom.model.ThreatloomFactory;

/**
 * Threagile technical assets and their communication links. The type comes from the technology (threagile.yaml),
 * else from the asset type; an external entity used as a client by a human is an Actor. A link's id is Threagile's:
 * {@code sourceAssetId>title} with the title lower-cased and runs of other characters replaced by '-'.
 */
final class ThreagileAssets {
    private final ThreagileImporter in;
    private final ModelBuilder b;
    private final Map<String, ElementSpec> technologies, assetTypes;
    private final Map<String, AuthenticationKind> authentication;

    ThreagileAssets(ThreagileImporter in) {
        this.in = in;
        this.b = in.b;
        this.technologies = in.table.specs("technologies", ThreagileImporter.P.getNode());
        this.assetTypes = in.table.specs("assetTypes", ThreagileImporter.P.getNode());
        this.authentication = in.table.literals("authentication", ThreagileImporter.P.getAuthenticationKind());
    }

    void asset(String title, SourceNode a) throws ImportException {
        String id = a.requireString("id");
        if (in.assets.containsKey(id)) throw a.get("id").error("duplicate technical asset id '" + id + "'");
        Node n = (Node) spec(a).create();
        n.setId(b.elementId(id, title, "asset"));
        n.setSourceId(id);
        n.setName(title);
        n.setDescription(a.nonBlank("description"));
        n.getTags().addAll(a.strings("tags"));
        if (a.bool("out_of_scope", false)) n.getTags().add("out-of-scope");
        ModelBuilder.property(n, "threagile.justificationOutOfScope", a.nonBlank("justification_out_of_scope"));
        ModelBuilder.property(n, "threagile.type", a.nonBlank("type"));
        ModelBuilder.property(n, "threagile.technology", technology(a));
        for (String k : List.of("usage", "size", "machine", "encryption", "confidentiality", "integrity", "availability", "justification_cia_rating")) {
            ModelBuilder.property(n, "threagile." + k, a.nonBlank(k));
        }
        for (String k : List.of("redundant", "custom_developed_parts", "multi_tenant", "used_as_client_by_human")) {
            if (a.bool(k, false)) ModelBuilder.property(n, "threagile." + k, "true");
        }
        for (String k : List.of("data_assets_processed", "data_formats_accepted")) {
            List<String> v = a.strings(k);
            ModelBuilder.property(n, "threagile." + k, v.isEmpty() ? null : String.join(" ", v));
        }
        String owner = a.nonBlank("owner");
        if (n instanceof Component c) {
            component(c, a, owner);
        } else if (n instanceof Actor actor) {
            if (owner != null) actor.setOrganization(b.party(owner));
            if (a.bool("internet", false)) ModelBuilder.property(actor, "threagile.internet", "true");
        }
        n.setZone(in.zoneOfAsset.getOrDefault(id, null));
        if (n.getZone() == null) n.setZone(b.outsideZone());
        if (n instanceof Actor actor) b.model().getActors().add(actor);
        else b.model().getComponents().add((Component) n);
        in.assets.put(id, n);
        b.report().count("elements");
    }

    private void component(Component c, SourceNode a, String owner) throws ImportException {
        if (owner != null) c.setOwner(b.party(owner));
        c.setInternetFacing(a.bool("internet", false));
        Level integrity = in.criticality(a.get("integrity")), availability = in.criticality(a.get("availability"));
        c.setCritical(high(integrity) || high(availability));
        String machine = a.nonBlank("machine");
        if (c instanceof Compute compute && machine != null) {
            ComputeKind k = switch (machine.toLowerCase(Locale.ROOT)) {
                case "container" -> ComputeKind.CONTAINER;
                case "serverless" -> ComputeKind.SERVERLESS;
                case "physical" -> ComputeKind.BARE_METAL;
                default -> ComputeKind.VIRTUAL_MACHINE;
            };
            if (compute.getKind() != ComputeKind.KUBERNETES_CLUSTER) compute.setKind(k);
        }
        if (c instanceof PublicCloudService p) p.setMultiTenant(a.bool("multi_tenant", false));
        String encryption = a.nonBlank("encryption");
        if (c instanceof Storage s) {
            s.setEncryptedAtRest(encryption != null && !encryption.equalsIgnoreCase("none"));
            for (String d : a.strings("data_assets_stored")) s.getStores().add(data(d, a.get("data_assets_stored")));
        }
        List<String> stored = a.strings("data_assets_stored");
        for (String d : stored) data(d, a.get("data_assets_stored"));
        ModelBuilder.property(c, "threagile.data_assets_stored", stored.isEmpty() ? null : String.join(" ", stored));
    }

    private static boolean high(Level l) {
        return l != null && l.getValue() >= Level.HIGH_VALUE;
    }

    private ElementSpec spec(SourceNode a) throws ImportException {
        String type = a.nonBlank("type");
        if ("external-entity".equalsIgnoreCase(type) && a.bool("used_as_client_by_human", false)) {
            return in.table.single("humanClient", ThreagileImporter.P.getNode());
        }
        String tech = technology(a);
        if (tech != null && !tech.equalsIgnoreCase("unknown-technology")) {
            ElementSpec s = technologies.get(MappingTable.key(tech));
            if (s != null) return s;
            b.report().unmapped(a.get(a.has("technology") ? "technology" : "technologies").pointer(), "technology '" + tech + "'",
                    "not in threagile.yaml; typed by the asset type '" + type + "'");
        }
        ElementSpec byType = type == null ? null : assetTypes.get(MappingTable.key(type));
        if (byType == null) throw a.get("type").error("asset type must be external-entity, process or datastore, found '" + type + "'");
        return byType;
    }

    private static String technology(SourceNode a) throws ImportException {
        String t = a.nonBlank("technology");
        if (t != null) return t;
        List<String> list = a.strings("technologies");
        return list.isEmpty() ? null : list.get(0);
    }

    /** The communication links an asset owns become flows from it. */
    void links(SourceNode a) throws ImportException {
        Node source = in.node(a.string("id"));
        for (Map.Entry<String, SourceNode> e : a.get("communication_links").fields().entrySet()) {
            SourceNode l = e.getValue();
            String linkId = a.string("id") + ">" + e.getKey().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
            String targetId = l.requireString("target");
            Node target = in.node(targetId);
            if (target == null) throw l.get("target").error("no technical asset with id '" + targetId + "'");
            DataFlow f = ThreatloomFactory.eINSTANCE.createDataFlow();
            f.setId(b.id(linkId.replace('>', '-'), "flow"));
            f.setSourceId(linkId);
            f.setName(e.getKey());
            f.setDescription(l.nonBlank("description"));
            f.setSource(source);
            f.setTarget(target);
            b.protocol(f, l.nonBlank("protocol"), l.get("protocol").pointer());
            AuthenticationKind auth = in.enumValue(authentication, l.nonBlank("authentication"), l.get("authentication"));
            if (auth != null) f.setAuthentication(auth);
            // a person signing in to an application means the application authenticates users
            if (auth != null && auth != AuthenticationKind.NONE && source instanceof Actor && target instanceof Application app) {
                app.setAuthenticatesUsers(true);
            }
            if (l.bool("vpn", false) && f.getEncryption() == EncryptionKind.NONE) f.setEncryption(EncryptionKind.IPSEC);
            for (String k : List.of("authentication", "authorization", "usage")) ModelBuilder.property(f, "threagile." + k, l.nonBlank(k));
            for (String k : List.of("vpn", "ip_filtered", "readonly")) if (l.bool(k, false)) ModelBuilder.property(f, "threagile." + k, "true");
            for (String d : l.strings("data_assets_sent")) add(f, data(d, l.get("data_assets_sent")));
            List<String> received = l.strings("data_assets_received");
            for (String d : received) add(f, data(d, l.get("data_assets_received")));
            ModelBuilder.property(f, "threagile.data_assets_received", received.isEmpty() ? null : String.join(" ", received));
            f.setBidirectional(!received.isEmpty());
            f.getTags().addAll(l.strings("tags"));
            b.model().getFlows().add(f);
            in.links.put(linkId, f);
            b.report().count("flows");
        }
    }

    private static void add(DataFlow f, DataAsset d) {
        if (!f.getData().contains(d)) f.getData().add(d);
    }

    private DataAsset data(String id, SourceNode at) throws ImportException {
        DataAsset d = in.data.get(id);
        if (d == null) throw at.error("no data asset with id '" + id + "'");
        return d;
    }
}
