module coverage
open common

/*
 * Theorem 1 - COVERAGE
 *
 * In plain words: every threat at or above the model's risk threshold is mitigated by a countermeasure
 * that is implemented (or verified), of a kind the threat's catalog rule names (or named by a review
 * decision), protecting the threatened element (or a component it is part of, or a flow's conduit), and
 * strong enough: its SL capability is at least the SL-T that the element's zone (a flow's conduit) sets for
 * the foundational requirement the threat's STRIDE category threatens (spoofing -> FR1 IAC, elevation of
 * privilege -> FR2 UC, tampering -> FR3 SI, disclosure -> FR4 DC, repudiation -> FR6 TRE, denial of
 * service -> FR7 RA). An element no zone governs needs no particular strength. Threats a review decision
 * accepted, transferred or found not applicable are exempt: they are decided, not open.
 *
 * Open choices: none - the question is fully concrete; the solver's witness is one uncovered threat, and
 * `uncovered` lists them all.
 */

pred strongEnough[c: Countermeasure, t: Threat] {
  let need = t.stride.threatens.(t.on.slt) | no need or c.cap in need.*succ
}

pred covered[t: Threat] { some c: Countermeasure | mitigates[c, t] and strongEnough[c, t] }

fun uncovered: set Threat { { t: Significant - Decided | not covered[t] } }

assert Coverage { all t: Significant - Decided | covered[t] }
