package org.threatloom.compliance.proof;

/** A theorem's outcome, as the formal checker reports it ({@code threatloom check}: proved | counterexample | timeout). */
public enum ProofVerdict {
    PROVED("proved"), COUNTEREXAMPLE("counterexample"), TIMEOUT("timeout");

    private final String key;

    ProofVerdict(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    public static ProofVerdict of(String key) {
        for (ProofVerdict v : values()) if (v.key.equalsIgnoreCase(key)) return v;
        return null;
    }
}
