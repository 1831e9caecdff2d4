module k_compromise
open common

/*
 * Theorem 7 - K-COMPROMISE RESILIENCE
 *
 * In plain words: no set of at most k compromised components outside the critical assets, and no single
 * compromised supplier, gives a modelled attacker a path into a critical asset. Compromised components
 * are the attacker's footholds, and every countermeasure protecting one of them is defeated (the attacker
 * controls it: a compromised firewall filters nothing). From a foothold the attacker moves as in the
 * attack-path theorem, hop by unblocked hop, for its capability. A compromised supplier owns every part it
 * delivered that nothing shows authentic (no passed authenticity check, not a signed and verified image,
 * no per-unit identity, no authenticity countermeasure in force).
 *
 * Open choices (the solver searches them): the compromised set (k slots, each picking at most one
 * component - so at most k), or the supplier; which attacker; and the path from a foothold to an asset.
 */

-- k slots: the encoder creates exactly k of them (threatloom check --k N)
sig Slot { pick: lone Node }

one sig Compromise {
  attacker: lone Attacker,
  supplier: lone Party,
  start: lone Node,
  target: lone Node,
  hops: Node -> Node
}

-- components that may be compromised: every component outside the critical assets
fun outside: set Node { Node - Human - assets }

-- a compromised supplier's footholds: what it delivered that nothing shows authentic
fun tainted: set Node { { p: (supplier.(Compromise.supplier)).parts | not authentic[p] } }

fun compromised: set Node { Slot.pick + tainted }

-- countermeasures the attacker defeats: those protecting a compromised component
fun defeated: set Countermeasure { protects.compromised }

fact compromiseChoices {
  Slot.pick in outside
  Compromise.supplier in Supply.supplier
  no Slot.pick or no Compromise.supplier
  Compromise.start in compromised
  Compromise.target in assets
  -- hops unblocked whatever is defeated, for the strongest attacker: implied by the assertion, stated
  -- as a fact so that the hops are narrowed before solving
  Compromise.hops in passable[strongest, Countermeasure]
}

fun reached: set Node { Compromise.target }
fun openings: set Threat {
  { t: Threat | opens[t, Compromise.attacker.capability, defeated]
      and t.on in Compromise.hops.Node + Node.(Compromise.hops) + { f: Flow | f.src -> f.dst in Compromise.hops
                                                                    or (f in TwoWay and f.dst -> f.src in Compromise.hops) } }
}

assert KCompromise {
  let a = Compromise.attacker, s = Compromise.start, t = Compromise.target, h = Compromise.hops |
    not (one a and one s and one t and walk[s, t, h] and h in passable[a.capability, defeated])
}
