module common

/*
 * ThreatLoom sufficiency theorems: the vocabulary they share.
 *
 * Every signature and field below is filled from ONE SLICE of the EMF model by the encoder
 * (org.threatloom.formal.encode.Vocabulary) as EXACT Kodkod bounds: what the model says is fixed, never
 * searched. The comment beside each says what it is taken from. Relations no model data fills are either
 * defined by a fact here (the order of the scales) or are a theorem's open choices (the attacker's), which
 * the theorem files declare and the solver searches.
 *
 * This file and the theorem files are the single source of truth: the checker parses them with Alloy's
 * own parser and translates them (org.threatloom.formal.theorems.AlloyToKodkod); nothing here is
 * re-written in Java. See formal-checker/README.md.
 */

------------------------------------------------------------------------ ordered scales

-- IEC 62443 security levels; `succ` is the next level up, so `l.*succ` reads "l or stronger"
abstract sig Level { succ: lone Level }
one sig SL0, SL1, SL2, SL3, SL4 extends Level {}
fact levelOrder { succ = SL0->SL1 + SL1->SL2 + SL2->SL3 + SL3->SL4 }

-- data classification; `higher` is the next class up
abstract sig Class { higher: lone Class }
one sig PUBLIC, INTERNAL, CONFIDENTIAL, RESTRICTED, SECRET extends Class {}
fact classOrder { higher = PUBLIC->INTERNAL + INTERNAL->CONFIDENTIAL + CONFIDENTIAL->RESTRICTED + RESTRICTED->SECRET }

-- the IEC 62443 foundational requirements, and the one each STRIDE category threatens
abstract sig FR {}
one sig IAC, UC, SI, DC, RDF, TRE, RA extends FR {}
abstract sig Stride { threatens: one FR }
one sig SPOOFING, TAMPERING, REPUDIATION, INFORMATION_DISCLOSURE, DENIAL_OF_SERVICE, ELEVATION_OF_PRIVILEGE extends Stride {}
fact strideToFR {
  threatens = SPOOFING->IAC + TAMPERING->SI + REPUDIATION->TRE + INFORMATION_DISCLOSURE->DC
            + DENIAL_OF_SERVICE->RA + ELEVATION_OF_PRIVILEGE->UC
}

------------------------------------------------------------------------ model elements

-- any model element a threat can be about
sig Element {
  container: lone Element,   -- the component this one is a part of
  conduit: lone Element,     -- for a flow: the conduit it belongs to
  slt: FR -> lone Level      -- the SL-T that governs it: its effective zone's; for a flow its conduit's, else the higher of its ends' zones
}
sig Party extends Element {}
sig Zone extends Element {
  controller: lone Party,    -- who controls the zone
  clearance: one Class       -- the highest classification the zone is cleared for
}
-- whatever sends or receives flows: components and actors
sig Node extends Element {
  zone: lone Zone,           -- effective zone: its own, else the nearest enclosing component's
  holder: lone Party         -- who controls it: controlledBy where the metamodel has it, else its owner
}
sig Critical in Node {}      -- components marked critical
sig Host in Node {}          -- components whose parts share their fate: devices, hardware, compute, workstations, firmware
sig Human in Node {}         -- actors: people, roles, attacker profiles
sig Confidential in Node {}  -- confidential-computing compute and TEEs: data in use is protected there
sig Storage extends Node {
  stores: set Data,          -- data held at rest
  restKey: lone Key          -- the key that encrypts it at rest
}
sig Attacker extends Node {
  capability: one Level,     -- CASUAL = SL1, SIMPLE = SL2, SOPHISTICATED = SL3, EXTENDED = SL4
  entries: set Node          -- where it can start
}
sig Flow extends Element {
  src: one Node,
  dst: one Node,
  carries: set Data,
  keys: set Key,             -- key material the flow carries
  e2eKey: lone Key,          -- key protecting the content end to end
  auditedBy: lone Node       -- audit trail that records the flow
}
sig TwoWay in Flow {}        -- bidirectional flows
sig Encrypted in Flow {}     -- flows with some encryption in transit
sig Data extends Element {
  owner: lone Party,
  class: one Class,
  dataKey: lone Key          -- key under which the data itself is encrypted
}
sig Anonymised in Data {}
sig Key extends Element {
  custodian: lone Party,
  storedIn: lone Node,
  wrappedBy: lone Key        -- key-encryption key it is wrapped under
}

------------------------------------------------------------------------ supply chain

abstract sig Method {}
one sig ProvenanceCheck, AuthenticityTest, TrojanInspection, SideChannelFingerprint, XrayInspection, FunctionalTest,
        FormalVerification, CodeReview, SbomReview, SignatureCheck, PufEnrolment, SupplierAudit extends Method {}
sig Supply extends Element {
  supplier: lone Party,
  parts: set Node,
  checks: set Check
}
sig Check {                  -- a verification of supplied parts
  method: one Method,
  covers: set Node           -- the parts it covers (all parts of its supply when it names none)
}
sig Passed, Failed in Check {}
sig Hardware in Node {}      -- hardware parts: chips, chiplets, IP cores, packages, boards, debug ports, PUFs
sig Firmware in Node {}      -- firmware and software images
sig SignedImage in Firmware {}   -- signed and integrity-checked before it runs
sig UnitIdentity in Hardware {}  -- per-unit PUF-based or cryptographic identity

------------------------------------------------------------------------ threats and countermeasures

-- countermeasure kinds (every CountermeasureKind literal the slice needs is an atom; these are named here)
sig Kind {}
one sig CUSTOMER_MANAGED_KEYS, AUTHENTICITY_TEST, TROJAN_INSPECTION, IP_VERIFICATION, SIGNED_FIRMWARE, CODE_SIGNING,
        SECURE_BOOT, PUF_IDENTITY extends Kind {}

-- the threats derivation found (rule x element), and threats recorded by hand
sig Threat {
  on: one Element,
  stride: one Stride,
  kinds: set Kind,               -- the countermeasure kinds its catalog rule says mitigate it
  namedBy: set Countermeasure    -- countermeasures a MITIGATE review decision (or the threat record) names
}
sig Significant in Threat {}     -- risk at or above the model's risk threshold
sig Decided in Threat {}         -- accepted, transferred or not applicable by a review decision or record
sig Countermeasure {
  kind: one Kind,
  protects: set Element,
  cap: one Level                 -- strength: the SL capability it achieves (0-4)
}
sig Implemented in Countermeasure {}   -- status IMPLEMENTED or VERIFIED

-- what a countermeasure protecting `e` covers: e itself, the components it is part of, a flow's conduit
fun within[e: Element]: set Element { e.*container + e.conduit }

-- c mitigates t: c is in force and either a decision names it, or it is of a kind t's rule names and
-- protects t's element (or what that element is part of)
pred mitigates[c: Countermeasure, t: Threat] {
  c in Implemented
  c in t.namedBy or (c.kind in t.kinds and some c.protects & within[t.on])
}

-- a countermeasure of one of the kinds `k` is in force for `e`
pred inForce[k: set Kind, e: Element] { some c: Implemented | c.kind in k and some c.protects & within[e] }

-- threat t lets an attacker of capability `lvl` in: it is significant, undecided, opens a way in
-- (spoofing, tampering, elevation of privilege), and no countermeasure at least as strong as `lvl`
-- mitigates it - not counting those in `gone` (defeated: the attacker controls what they protect)
pred opens[t: Threat, lvl: Level, gone: set Countermeasure] {
  t in Significant - Decided
  t.stride in SPOOFING + TAMPERING + ELEVATION_OF_PRIVILEGE
  no c: Countermeasure - gone | mitigates[c, t] and c.cap in lvl.*succ
}

-- a hop into `e` is unblocked for such an attacker: some threat on e lets it in
pred exposed[e: Element, lvl: Level, gone: set Countermeasure] { some t: on.e | opens[t, lvl, gone] }

-- where such an attacker can go in one step: along a flow (both ways if bidirectional) whose flow or
-- target lets it in; and between a host and its parts, which share its fate
fun passable[lvl: Level, gone: set Countermeasure]: Node -> Node {
  let X = { f: Flow | exposed[f, lvl, gone] }, Y = { n: Node | exposed[n, lvl, gone] } |
    ~src.(X <: dst) + (~src.dst :> Y)
    + ~((X & TwoWay) <: dst).src + (~(TwoWay <: dst).src :> Y)
    + (container :> Host) + ~(container :> Host)
}

-- the strongest capability among the modelled attackers
fun strongest: set Level { Attacker.capability - Attacker.capability.^~succ }

-- every connection an attack could conceivably use: flows (both ways if bidirectional) and host nesting
fun edges: Node -> Node { ~src.dst + ~(TwoWay <: dst).src + (container :> Host) + ~(container :> Host) }

-- the hops `h` form a walk from `e` to `t`: at most one step out of and into any node; if e is not t,
-- one step leaves e and none enters it, one step enters t and none leaves it, and every other node the
-- hops touch is passed through (one step in, one out). Following the steps from e then cannot repeat a
-- node (it would need a second step in) and can only stop at t: so t is reached from e. No transitive
-- closure over a relation the solver chooses is needed, which keeps the check linear in the hops.
pred walk[e, t: Node, h: Node -> Node] {
  all n: Node | lone n.h and lone h.n
  e != t implies (one e.h and no h.e and one h.t and no t.h)
  all n: (h.Node + Node.h) - e - t | one n.h and one h.n
}

-- the critical assets: critical components and everything inside them
fun assets: set Node { Critical.*~container & Node }

-- key `k` is held by party `o`: o is its custodian, and some key of its wrapping chain (k itself or the
-- key-encryption keys it is wrapped under) is in o's custody somewhere o controls, or in an enclave
pred ownerHeld[k: Key, o: Party] {
  k.custodian = o
  some w: k.*wrappedBy | w.custodian = o and (w.storedIn.holder = o or w.storedIn.zone.controller = o
                                              or some within[w.storedIn] & Confidential)
}

-- supply records that speak for part p: those naming p; for a part no record names (a pad on a board),
-- those naming the nearest enclosing part that is named
fun origin[p: Node]: set Node {
  p in Supply.parts => p else { a: p.^container & Supply.parts | no p.^container & a.^~container & Supply.parts }
}
fun checksOf[p: Node]: set Check { (parts.(origin[p])).checks & covers.(origin[p]) }

-- checks that show a part is what it claims to be, unaltered
fun authenticityMethods: set Method {
  AuthenticityTest + TrojanInspection + SideChannelFingerprint + XrayInspection + SignatureCheck + PufEnrolment + FormalVerification
}

-- p is shown authentic: a passed authenticity check covers it, or it is a signed, verified image, or it
-- has a per-unit identity, or an authenticity countermeasure is in force for it
pred authentic[p: Node] {
  some checksOf[p] & Passed & method.authenticityMethods
  or p in SignedImage or p in UnitIdentity
  or inForce[AUTHENTICITY_TEST + TROJAN_INSPECTION + IP_VERIFICATION + SIGNED_FIRMWARE + CODE_SIGNING + SECURE_BOOT + PUF_IDENTITY, p]
}
