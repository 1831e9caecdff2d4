module route_characteristics
open common

/*
 * Theorem 4 - ROUTE CHARACTERISTICS
 *
 * In plain words: a flow that carries key material or RESTRICTED-or-higher data between zones, and any
 * flow that states a route requirement, travels only on paths with the required properties:
 *   - with a route requirement: it names at least one path, and enough mutually independent paths
 *     (sharing no infrastructure) for its minimum; and every path it uses is encrypted on every hop if
 *     required, stays within the allowed jurisdictions (of the path, its carrier and its hops' zones) if
 *     any are listed, and is route-monitored if change detection is required;
 *   - without one: the flow is at least encrypted in transit.
 * Countermeasures in force count: ENCRYPTION_IN_TRANSIT or VPN on a path (a flow) for encryption,
 * ROUTE_CONTROL on a path for staying in the allowed jurisdictions (the route is pinned),
 * ROUTE_MONITORING on a path for change detection, PATH_DIVERSITY on a path for its independence.
 *
 * Open choices: none - fully concrete; the solver's witness is a failing flow, and the funs below list
 * every failing flow and what fails. Minimums above three independent paths are checked as three.
 */

one sig ENCRYPTION_IN_TRANSIT, VPN, ROUTE_CONTROL, ROUTE_MONITORING, PATH_DIVERSITY extends Kind {}

sig Jurisdiction {}
sig Path extends Element {
  shares: set Path,              -- paths it shares infrastructure with
  through: set Jurisdiction      -- jurisdictions of the path, of its carrier and of its hops' zones
}
sig LinkEncrypted in Path {}     -- encrypted on every hop
sig Monitored in Path {}         -- route changes are detected

abstract sig Count {}
one sig One, Two, Three extends Count {}

sig Routed in Flow {             -- flows that state a route requirement
  paths: set Path,
  allowed: set Jurisdiction,     -- allowed jurisdictions (none listed: any)
  minPaths: lone Count           -- minimum number of mutually independent paths
}
sig NeedsLinkEncryption, NeedsDetection in Routed {}

fun sensitive: set Flow {
  { f: Flow | (some f.keys or some f.carries & class.(RESTRICTED.*higher)) and f.src.zone != f.dst.zone }
}

pred independent[p, q: Path] {
  p != q
  (q not in p.shares and p not in q.shares) or inForce[PATH_DIVERSITY, p] or inForce[PATH_DIVERSITY, q]
}

pred diverse[f: Routed] {
  f.minPaths = Two implies some disj p, q: f.paths | independent[p, q]
  f.minPaths = Three implies some disj p, q, r: f.paths | independent[p, q] and independent[p, r] and independent[q, r]
}

-- what can fail, each listing the offending (flow, path) pairs or flows
fun unencryptedHops: Routed -> Path {
  { f: NeedsLinkEncryption, p: f.paths | p not in LinkEncrypted and not inForce[ENCRYPTION_IN_TRANSIT + VPN, p] }
}
fun foreignJurisdictions: Routed -> Path {
  { f: Routed, p: f.paths | some f.allowed and p.through not in f.allowed and not inForce[ROUTE_CONTROL, p] }
}
fun unmonitoredRoutes: Routed -> Path {
  { f: NeedsDetection, p: f.paths | p not in Monitored and not inForce[ROUTE_MONITORING, p] }
}
fun notIndependent: set Routed { { f: Routed | not diverse[f] } }
fun noPath: set Routed { Routed - paths.Path }
fun unencryptedFlows: set Flow { { f: sensitive - Routed | f not in Encrypted and not inForce[ENCRYPTION_IN_TRANSIT + VPN, f] } }

fun failing: set Flow {
  (unencryptedHops + foreignJurisdictions + unmonitoredRoutes).Path + notIndependent + noPath + unencryptedFlows
}

assert RouteCharacteristics { no failing }
