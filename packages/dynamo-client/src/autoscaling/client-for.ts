import type { DynamoClientCore } from '../client/client-core'
import { configOf } from '../client/config-registry'
import { ConfigurationError } from '../errors/client-errors'
import { AutoScalingClient, type AutoScalingClientConfig } from './autoscaling-client'

/**
 * An Application Auto Scaling client with the region, credentials, profile, signer, transport and retries
 * of an existing DynamoDB client (its `endpoint` is not reused: it addresses DynamoDB). Its endpoint is
 * `autoScalingEndpoint` from that client's config, else the environment, else AWS's for the region.
 *
 * @example
 * ```ts
 * const client = new DynamoClient({ region: 'eu-west-1', profile: 'prod' })
 * const autoscaling = autoScalingClientFor(client)
 * const { ScalableTargets } = await autoscaling.send('DescribeScalableTargets', { ServiceNamespace: 'dynamodb', ResourceIds: ['table/app'] })
 * ```
 */
export function autoScalingClientFor(
  client: DynamoClientCore,
  overrides: Pick<AutoScalingClientConfig, 'endpoint'> = {},
): AutoScalingClient {
  const config = configOf(client)
  if (!config)
    throw new ConfigurationError({
      message: 'autoScalingClientFor() needs a DynamoClient created by this package',
      hint: 'Pass the DynamoClient your ORM or code uses, or build new AutoScalingClient({ region, credentials }).',
    })
  const endpoint = overrides.endpoint ?? config.autoScalingEndpoint
  return new AutoScalingClient({
    ...(config.region !== undefined ? { region: config.region } : {}),
    ...(config.credentials !== undefined ? { credentials: config.credentials } : {}),
    ...(config.profile !== undefined ? { profile: config.profile } : {}),
    ...(config.maxRetries !== undefined ? { maxRetries: config.maxRetries } : {}),
    ...(config.http !== undefined ? { http: config.http } : {}),
    ...(config.transport !== undefined ? { transport: config.transport } : {}),
    ...(config.signer !== undefined ? { signer: config.signer } : {}),
    ...(config.env !== undefined ? { env: config.env } : {}),
    ...(endpoint !== undefined ? { endpoint } : {}),
  })
}
