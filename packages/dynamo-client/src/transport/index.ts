export { ChecksumMismatchError } from './checksum-error'
export { type Crc32, crc32Js, loadCrc32 } from './crc32'
export { FetchTransport } from './fetch-transport'
export { loadTransport } from './load-transport'
export {
  DEFAULT_HTTP_OPTIONS,
  type HttpOptions,
  type ResolvedHttpOptions,
  type Transport,
  type TransportRequest,
  type TransportResponse,
} from './types'
export { UndiciTransport } from './undici-transport'
