module supply_chain
open common

/*
 * Theorem 5 - SUPPLY-CHAIN PROVENANCE
 *
 * In plain words: every hardware part and firmware image in a critical component (the component itself
 * included) has verified provenance and an authenticity check.
 *   - Provenance: the supply records that speak for it (those naming it, or for a part no record names,
 *     those naming the nearest enclosing part that is named) carry a passed provenance check (provenance
 *     check, supplier audit, SBOM review, X-ray against the bill of materials, code review, formal
 *     verification or trojan inspection against the vendor's reference design) and no failed check of any
 *     kind - or a PROVENANCE_VERIFICATION / COMPONENT_TRACEABILITY countermeasure is in force for it.
 *   - Authenticity: see `authentic` in common.als - a passed authenticity check (authenticity test,
 *     trojan inspection, side-channel fingerprint, X-ray, signature check, PUF enrolment, formal
 *     verification), a signed image verified before it runs, a per-unit PUF or cryptographic identity, or
 *     an authenticity countermeasure in force (e.g. signed firmware, PUF identity, trojan inspection).
 *
 * Open choices: none - fully concrete; `unverified` lists every part that fails.
 */

one sig PROVENANCE_VERIFICATION, COMPONENT_TRACEABILITY extends Kind {}

-- checks that establish where a part comes from: the supplier or its design flow was audited, the bill of
-- materials or SBOM checked, or the delivered design compared with (or proved against) the vendor's reference
fun provenanceMethods: set Method {
  ProvenanceCheck + SupplierAudit + SbomReview + XrayInspection + CodeReview + FormalVerification + TrojanInspection
}

pred provenanced[p: Node] {
  (some checksOf[p] & Passed & method.provenanceMethods and no checksOf[p] & Failed)
  or inForce[PROVENANCE_VERIFICATION + COMPONENT_TRACEABILITY, p]
}

-- hardware parts and firmware images in critical components
fun inScope: set Node { assets & (Hardware + Firmware) }

fun noProvenance: set Node { { p: inScope | not provenanced[p] } }
fun notAuthentic: set Node { { p: inScope | not authentic[p] } }
fun unverified: set Node { noProvenance + notAuthentic }

assert SupplyChainProvenance { all p: inScope | provenanced[p] and authentic[p] }
