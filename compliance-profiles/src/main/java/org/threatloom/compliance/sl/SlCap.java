package org.threatloom.compliance.sl;

/** A component in the zone that declares its capability SL-C: the zone cannot achieve more than it per FR. */
public record SlCap(String componentId, String label, SlVector capability) {}
