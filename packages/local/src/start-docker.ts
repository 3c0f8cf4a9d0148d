import { DynamoDBLocalError } from './errors'
import type { DynamoDBLocalInstance, StartOptions } from './options'

const DEFAULT_IMAGE = 'amazon/dynamodb-local:latest'

interface StartedContainer {
  getHost(): string
  getMappedPort(port: number): number
  stop(): Promise<unknown>
}
interface ContainerBuilder {
  withExposedPorts(...ports: number[]): ContainerBuilder
  withCommand(command: string[]): ContainerBuilder
  start(): Promise<StartedContainer>
}
interface TestcontainersModule {
  GenericContainer: new (image: string) => ContainerBuilder
}

async function loadTestcontainers(): Promise<TestcontainersModule> {
  try {
    const name = 'testcontainers'
    return (await import(/* @vite-ignore */ name)) as TestcontainersModule
  } catch (cause) {
    throw new DynamoDBLocalError(
      'DOCKER_UNAVAILABLE',
      'The docker engine was asked for, but the optional package `testcontainers` is not installed.',
      'Run `npm install -D testcontainers`, or use the default `engine: "jar"` (needs Java 17+).',
      { cause },
    )
  }
}

export function dockerCommand(options: StartOptions): string[] {
  const args = ['-jar', 'DynamoDBLocal.jar', '-port', '8000']
  if (options.inMemory !== false && !options.dbPath) args.push('-inMemory')
  if (options.sharedDb !== false) args.push('-sharedDb')
  if (options.delayTransientStatuses) args.push('-delayTransientStatuses')
  return args
}

/** Runs the `amazon/dynamodb-local` image through testcontainers (only when a Docker engine is reachable). */
export async function startDocker(options: StartOptions): Promise<DynamoDBLocalInstance> {
  const { GenericContainer } = await loadTestcontainers()
  let container: StartedContainer
  try {
    container = await new GenericContainer(options.image ?? DEFAULT_IMAGE)
      .withExposedPorts(8000)
      .withCommand(dockerCommand(options))
      .start()
  } catch (cause) {
    throw new DynamoDBLocalError(
      'DOCKER_UNAVAILABLE',
      `Could not start the ${options.image ?? DEFAULT_IMAGE} container: ${(cause as Error).message}`,
      'Start a Docker engine (or set DOCKER_HOST), or use `engine: "jar"` which needs only Java 17+.',
      { cause },
    )
  }
  const port = container.getMappedPort(8000)
  let stopping: Promise<void> | undefined
  return {
    endpoint: `http://${container.getHost()}:${port}`,
    port,
    pid: process.pid,
    engine: 'docker',
    logFile: undefined,
    stop() {
      stopping ??= container.stop().then(() => undefined)
      return stopping
    },
  }
}
