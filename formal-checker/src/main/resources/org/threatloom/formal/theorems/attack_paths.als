module attack_paths
open common

/*
 * Theorem 2 - ATTACK PATHS
 *
 * In plain words: no modelled attacker has a path from one of its entry points to a critical asset (a
 * critical component or anything inside one) on which every hop is unblocked. The first hop is getting
 * into the entry point itself - free for an insider, otherwise it needs an open way in there. A hop is
 * unblocked where a significant threat that opens a way in (spoofing, tampering, elevation of privilege)
 * on the hop's flow or target is undecided and no countermeasure that mitigates it is at least as strong
 * as the attacker's capability (CASUAL SL1, SIMPLE SL2, SOPHISTICATED SL3, EXTENDED SL4). Hops are flows
 * (both ways when bidirectional) and the nesting of parts in a host (a device, hardware, compute,
 * workstation): what is inside a host shares its fate.
 *
 * Open choices (the solver searches them): which attacker, which of its entry points, which critical
 * asset, and the path - a walk of hops from the entry to the asset.
 */

sig Insider in Attacker {}       -- attackers with insider access: already inside their entry points

one sig Attack {
  attacker: lone Attacker,
  entry: lone Node,
  target: lone Node,
  hops: Node -> Node
}

fact attackerChoices {
  Attack.entry in Attack.attacker.entries
  Attack.target in assets
  -- a path only uses hops unblocked for its attacker, so for the strongest one: implied by the assertion,
  -- stated as a fact so that the hops are narrowed before solving
  Attack.hops in passable[strongest, none]
}

-- the flows the chosen hops travel along
fun hopFlows: set Flow {
  { f: Flow | f.src -> f.dst in Attack.hops or (f in TwoWay and f.dst -> f.src in Attack.hops) }
}

-- the critical asset the chosen attack reaches
fun reached: set Node { Attack.target }

-- the threats that let the chosen attacker in at its entry point and across its hops
fun openings: set Threat {
  { t: Threat | opens[t, Attack.attacker.capability, none] and t.on in Attack.entry + hopFlows + Node.(Attack.hops) }
}

assert AttackPaths {
  let a = Attack.attacker, e = Attack.entry, t = Attack.target, h = Attack.hops |
    not (one a and one e and one t and (a in Insider or exposed[e, a.capability, none])
         and walk[e, t, h] and h in passable[a.capability, none])
}
