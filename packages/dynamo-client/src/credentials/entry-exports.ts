// What the lazily loaded credential code uses from the eager code: all of it is public, so the build resolves
// this module to the package's own entry (tsup.config.ts). Each eager module the lazy chunk imported itself
// would otherwise become a shared chunk that `import('@dbtooling/dynamo-client')` loads as an extra file.
// Only modules behind `lazy-credentials` import this; the source (tests, typecheck) reads it as written.
export { CredentialsError } from '../errors/client-errors'
export { loadSigner } from '../signing/load-signer'
export { AssumeRoleError, CredentialProcessError, SsoCredentialsError } from './credential-errors'
