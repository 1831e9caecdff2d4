package org.threatloom.formal.result;

/**
 * One check of one slice.
 *
 * @param atoms       size of the Kodkod universe (the bounds)
 * @param primaryVars SAT variables for what was left open (0: everything was fixed, the check was an evaluation)
 * @param cached      the verdict came from the cache (same content hash as an earlier check)
 */
public record SliceResult(String subject, Verdict verdict, long ms, int atoms, int primaryVars, int clauses, String solver,
                          boolean cached, Counterexample counterexample, String note) {
    /** This verdict reused for a slice with the same content (possibly another subject). */
    public SliceResult asCached(String forSubject) {
        Counterexample c = counterexample == null ? null
                : new Counterexample(counterexample.theorem(), forSubject, counterexample.summary(), counterexample.path(),
                        counterexample.threats(), counterexample.details());
        return new SliceResult(forSubject, verdict, 0, atoms, primaryVars, clauses, solver, true, c, note);
    }
}
