export { Aws4fetchSigner } from './aws4fetch-signer'
export { loadSigner } from './load-signer'
export { type NodeCryptoFunctions, NodeSigner } from './node-signer'
export type { Credentials, RequestSigner, SignableRequest, SigningScope } from './types'
