// What field encryption and the attribute tenancy strategy do at run time, behind their synchronously built
// wrappers and async methods (load-runtimes.ts): request sealing, envelopes, KMS answers, tenant scoping,
// tenantItems/purgeTenant. lazy-subsystems.ts re-exports this module, so it is part of that chunk: a
// second dynamic-import target would move the eager code it shares with the entry (errors, the entity
// resolver) into one more eagerly loaded file.

export { open, parseEnvelope, seal } from './security/envelope'
export { kmsAnswer } from './security/kms/kms-answer'
export { RequestSealer } from './security/request-sealer'
export { scopedSend } from './tenancy/attribute/scoped-send'
export { purgeTenantOf, tenantItemsOf } from './tenancy/tenant-items'
