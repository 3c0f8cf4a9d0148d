export { credentialsFromContainer } from './container'
export {
  AssumeRoleError,
  type AssumeRoleFailure,
  CredentialProcessError,
  type CredentialProcessFailure,
  SsoCredentialsError,
  type SsoFailure,
} from './credential-errors'
export { type DefaultChainOptions, LOCAL_CREDENTIALS, resolveDefaultCredentials } from './default-chain'
export { credentialsFromEnv } from './env'
export { credentialsFromImds } from './imds'
export { credentialsFromProcess } from './process-credentials'
export { resolveProfileCredentials } from './profile-credentials'
export { type CredentialsInput, type CredentialsProvider, memoizeProvider } from './provider'
export { fromDefaultChain, fromProfile } from './providers'
export { resolveRegion } from './region'
export type { MfaCodeProvider, ProfileCredentialsOptions } from './resolve-context'
export { credentialsFromProfile, loadSharedConfig, loadSharedProfile } from './shared-files'
export { ssoTokenPath } from './sso-token'
export { credentialsFromWebIdentity, webIdentityFromEnv } from './web-identity'
