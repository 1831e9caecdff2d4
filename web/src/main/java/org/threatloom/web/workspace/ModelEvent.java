package org.threatloom.web.workspace;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** What changed in a model, as broadcast to everyone watching it, in server order. */
public record ModelEvent(String modelId, long revision, ObjectNode message) {}
