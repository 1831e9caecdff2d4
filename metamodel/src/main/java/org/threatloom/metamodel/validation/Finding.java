package org.threatloom.metamodel.validation;

/** One validation result, naming the element it is about. */
public record Finding(Severity severity, String elementId, String elementType, String elementName, String message) {

    public enum Severity { ERROR, WARNING }

    public String describe() {
        return severity.name().toLowerCase(java.util.Locale.ROOT) + ": " + message;
    }
}
