import type { CredentialsProvider } from '../credentials/provider'
import { memoizeProvider } from '../credentials/provider'
import { resolveRegion } from '../credentials/region'
import type { ServiceKind } from '../operations/operation-spec'
import { loadSigner } from '../signing/load-signer'
import type { RequestSigner, SigningScope } from '../signing/types'
import { loadTransport } from '../transport/load-transport'
import { DEFAULT_HTTP_OPTIONS, type ResolvedHttpOptions, type Transport } from '../transport/types'
import type { DynamoClientConfig } from './config'
import { awsEndpoint, configuredEndpoint, type Endpoint, isLocalEndpoint } from './endpoints'

/** Everything a request needs that takes I/O to find out; resolved once, on the first call. */
export interface ClientRuntime {
  readonly region: string
  readonly scope: SigningScope
  readonly endpoints: Readonly<Record<ServiceKind, Endpoint>>
  readonly credentials: CredentialsProvider
  readonly signer: RequestSigner
  readonly transport: Transport
}

export function resolveHttpOptions(config: DynamoClientConfig): ResolvedHttpOptions {
  return { ...DEFAULT_HTTP_OPTIONS, ...config.http }
}

export function credentialsProvider(config: DynamoClientConfig, local: boolean): CredentialsProvider {
  const given = config.credentials
  if (typeof given === 'function') return memoizeProvider(given)
  if (given) {
    const fixed = Promise.resolve(given)
    return () => fixed
  }
  const env = config.env ?? process.env
  return memoizeProvider(async () => {
    const { resolveDefaultCredentials } = await import('../credentials/lazy-credentials')
    // The client's region also addresses STS when a profile assumes a role (before AWS_REGION and the profile).
    return resolveDefaultCredentials({
      profile: config.profile,
      env,
      localEndpoint: local,
      ...(config.region ? { region: config.region } : {}),
    })
  })
}

export async function resolveRuntime(config: DynamoClientConfig): Promise<ClientRuntime> {
  const env = config.env ?? (typeof process === 'undefined' ? {} : process.env)
  const explicitDynamo = configuredEndpoint('dynamodb', config.endpoint, env)
  const explicitStreams = configuredEndpoint('streams', config.streamsEndpoint ?? config.endpoint, env)
  const local = isLocalEndpoint(explicitDynamo)
  const region = await resolveRegion({
    region: config.region,
    profile: config.profile,
    env,
    localEndpoint: local,
  })
  const [signer, transport] = await Promise.all([
    config.signer ?? loadSigner(),
    config.transport ?? loadTransport(resolveHttpOptions(config)),
  ])
  return {
    region,
    scope: { region, service: 'dynamodb' },
    endpoints: {
      dynamodb: explicitDynamo ?? awsEndpoint('dynamodb', region),
      streams: explicitStreams ?? awsEndpoint('streams', region),
    },
    credentials: credentialsProvider(config, local),
    signer,
    transport,
  }
}
