/**
 * The version of `@dbtooling/dynamo-client` this code was built as, e.g. for a user agent or a diagnostics line.
 *
 * @example
 * ```ts
 * console.log(`@dbtooling/dynamo-client ${VERSION}`) // e.g. '@dbtooling/dynamo-client 0.1.0'
 * ```
 */
export const VERSION = '0.1.0'

export * from './autoscaling/index'
export * from './batch/index'
export { DynamoClientCore } from './client/client-core'
export type { DynamoClientConfig } from './client/config'
export { DynamoClient } from './client/dynamo-client'
export type { Endpoint } from './client/endpoints'
export { DynamoOperations } from './client/operation-methods'
export type { SendOptions } from './client/send-context'
export {
  AssumeRoleError,
  type AssumeRoleFailure,
  CredentialProcessError,
  type CredentialProcessFailure,
  SsoCredentialsError,
  type SsoFailure,
} from './credentials/credential-errors'
export type { DefaultChainOptions } from './credentials/default-chain'
export type { CredentialsInput, CredentialsProvider } from './credentials/provider'
export { memoizeProvider } from './credentials/provider'
export { fromDefaultChain, fromProfile } from './credentials/providers'
export type { MfaCodeProvider, ProfileCredentialsOptions } from './credentials/resolve-context'
export * from './document/index'
export * from './errors/index'
export * from './expressions/index'
export * from './limits/index'
export * from './middleware/index'
export * from './observability/index'
export type { OperationSpec, ServiceKind } from './operations/operation-spec'
export { isOperationName, OPERATION_NAMES, OPERATIONS } from './operations/registry'
export type { OperationSender } from './operations/sender'
export * from './paginate/index'
export * from './retry/index'
export { Aws4fetchSigner } from './signing/aws4fetch-signer'
export { loadSigner } from './signing/load-signer'
export { type NodeCryptoFunctions, NodeSigner } from './signing/node-signer'
export type { Credentials, RequestSigner, SignableRequest, SigningScope } from './signing/types'
export * from './transport/index'
export type * from './types/index'
export * from './validation/index'
export * from './waiters/index'
