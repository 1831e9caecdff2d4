module key_custody
open common

/*
 * Theorem 3 - KEY CUSTODY
 *
 * In plain words: classified data (CONFIDENTIAL or above, not anonymised) that is in a zone its owner
 * does not control is protected there by a key the owner holds (see `ownerHeld`: the owner is the
 * custodian and the key, or a key it is wrapped under, lives where the owner is in control or in an
 * enclave) - in every state it is in:
 *   - at rest: in a storage of such a zone, under the storage's key or the data's own key;
 *   - in transit: on a flow with an end in such a zone, under the flow's end-to-end key or the data's key;
 *   - in use: in a component of such a zone that sends or receives it, which must be (inside) a
 *     confidential-computing enclave holding such a key.
 * An implemented CUSTOMER_MANAGED_KEYS countermeasure protecting the data or the place counts as an
 * owner-held key there; CONFIDENTIAL_COMPUTING protecting the place counts as an enclave.
 *
 * Open choices: none - fully concrete; the solver's witness is one (data, state, place) and `unprotected`
 * lists every one.
 */

abstract sig State {}
one sig AtRest, InTransit, InUse extends State {}
one sig CONFIDENTIAL_COMPUTING extends Kind {}

fun classified: set Data { (class.(CONFIDENTIAL.*higher) - Anonymised) & owner.Party }

pred foreign[d: Data, z: Zone] { z.controller != d.owner }

pred keyed[d: Data, place: Element, ks: set Key] {
  (some k: ks | ownerHeld[k, d.owner])
  or inForce[CUSTOMER_MANAGED_KEYS, d] or inForce[CUSTOMER_MANAGED_KEYS, place]
}

pred enclave[n: Node] { some within[n] & Confidential or inForce[CONFIDENTIAL_COMPUTING, n] }

-- components that process the data: they send or receive it and are neither storage nor people
fun users[d: Data]: set Node { (carries.d).(src + dst) - Storage - Human }

fun unprotected: Data -> State -> Element {
  { d: classified, s: AtRest, e: stores.d |
      foreign[d, e.zone] and not keyed[d, e, e.restKey + d.dataKey] }
  + { d: classified, s: InTransit, e: carries.d |
      (foreign[d, e.src.zone] or foreign[d, e.dst.zone]) and not keyed[d, e, e.e2eKey + d.dataKey] }
  + { d: classified, s: InUse, e: users[d] |
      foreign[d, e.zone] and not (enclave[e] and keyed[d, e, d.dataKey + storedIn.(within[e])]) }
}

assert KeyCustody { no unprotected }
