module data_flow
open common

/*
 * Theorem 6 - DATA-FLOW POLICY
 *
 * In plain words: data never reaches a zone cleared below its classification - by a flow into it, or held
 * in a storage there - unless it is anonymised or encrypted under a key its owner holds; and every flow
 * that takes data into such a zone is audit-logged (an audit trail records it, or an AUDIT_LOGGING /
 * TAMPER_EVIDENT_LOGGING countermeasure is in force for it). A DATA_ANONYMISATION countermeasure in force
 * for the flow counts as anonymising what it carries; CUSTOMER_MANAGED_KEYS in force for the data or the
 * flow (storage) counts as an owner-held key.
 *
 * Open choices: none - fully concrete; `breaches` lists every (flow or storage, data) that violates it.
 */

one sig DATA_ANONYMISATION, AUDIT_LOGGING, TAMPER_EVIDENT_LOGGING extends Kind {}

-- d is classified above what zone z is cleared for
pred above[d: Data, z: Zone] { d.class in z.clearance.^higher }

pred ownerKeyed[d: Data, place: Element, ks: set Key] {
  (some k: ks | ownerHeld[k, d.owner])
  or inForce[CUSTOMER_MANAGED_KEYS, d] or inForce[CUSTOMER_MANAGED_KEYS, place]
}

pred audited[f: Flow] { some f.auditedBy or inForce[AUDIT_LOGGING + TAMPER_EVIDENT_LOGGING, f] }

fun breaches: Element -> Data {
  { f: Flow, d: f.carries |
      above[d, f.dst.zone]
      and not ((d in Anonymised or inForce[DATA_ANONYMISATION, f] or ownerKeyed[d, f, f.e2eKey + d.dataKey]) and audited[f]) }
  + { s: Storage, d: s.stores |
      above[d, s.zone] and not (d in Anonymised or ownerKeyed[d, s, s.restKey + d.dataKey]) }
}

-- the flows among them that are not audit-logged
fun unaudited: set Flow { { f: breaches.Data & Flow | not audited[f] } }

assert DataFlowPolicy { no breaches }
