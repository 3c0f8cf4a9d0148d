import { isDynamoDBLocalError } from './errors'
import type { DynamoDBLocalInstance, StartOptions } from './options'
import { startDocker } from './start-docker'
import { startJar } from './start-jar'

/**
 * Starts DynamoDB Local and resolves once it answers ListTables.
 *
 * ```ts
 * const local = await startDynamoDBLocal()
 * // new DynamoClient({ endpoint: local.endpoint, region: 'local', credentials: ... })
 * await local.stop()
 * ```
 *
 * @example
 * ```ts
 * const local = await startDynamoDBLocal({ inMemory: true })
 * const client = new DynamoClient({ endpoint: local.endpoint })
 * await local.stop()
 * ```
 */
export async function startDynamoDBLocal(options: StartOptions = {}): Promise<DynamoDBLocalInstance> {
  const engine = options.engine ?? 'jar'
  if (engine === 'jar') return startJar(options)
  if (engine === 'docker') return startDocker(options)
  try {
    return await startDocker(options)
  } catch (error) {
    if (isDynamoDBLocalError(error) && error.code === 'DOCKER_UNAVAILABLE') return startJar(options)
    throw error
  }
}
