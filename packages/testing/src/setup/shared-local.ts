import { type StartOptions, startDynamoDBLocal } from '@dbtooling/local'

/** The DynamoDB Local a test run shares: started by the first setup that needs it, stopped by the last. */
export interface LocalHandle {
  readonly endpoint: string
  /** False when `DYNAMODB_ENDPOINT` named an instance that was already running. */
  readonly started: boolean
}

interface SharedState {
  handle: Promise<LocalHandle & { stop(): Promise<void> }>
  users: number
  previousEnv: string | undefined
}

// One per process: vitest runs a project's global setup once per project, Jest once per run.
const shared = globalThis as typeof globalThis & { __dbtoolingTestingLocal?: SharedState }

async function start(options: StartOptions): Promise<LocalHandle & { stop(): Promise<void> }> {
  const external = process.env.DYNAMODB_ENDPOINT
  if (external) return { endpoint: external, started: false, stop: async () => {} }
  const instance = await startDynamoDBLocal({ inMemory: true, ...options })
  return { endpoint: instance.endpoint, started: true, stop: () => instance.stop() }
}

/**
 * Reuses `DYNAMODB_ENDPOINT` when set, else starts DynamoDB Local (in memory, a free port) once, and sets
 * `DYNAMODB_ENDPOINT` so test workers started afterwards inherit it.
 */
export async function acquireLocal(options: StartOptions = {}): Promise<LocalHandle> {
  if (!shared.__dbtoolingTestingLocal)
    shared.__dbtoolingTestingLocal = {
      handle: start(options),
      users: 0,
      previousEnv: process.env.DYNAMODB_ENDPOINT,
    }
  const state = shared.__dbtoolingTestingLocal
  state.users += 1
  try {
    const handle = await state.handle
    process.env.DYNAMODB_ENDPOINT = handle.endpoint
    return { endpoint: handle.endpoint, started: handle.started }
  } catch (error) {
    delete shared.__dbtoolingTestingLocal
    throw error
  }
}

/** Drops one user; the last one stops the instance it started and restores `DYNAMODB_ENDPOINT`. */
export async function releaseLocal(): Promise<void> {
  const state = shared.__dbtoolingTestingLocal
  if (!state) return
  state.users -= 1
  if (state.users > 0) return
  delete shared.__dbtoolingTestingLocal
  const handle = await state.handle
  if (state.previousEnv === undefined) delete process.env.DYNAMODB_ENDPOINT
  else process.env.DYNAMODB_ENDPOINT = state.previousEnv
  await handle.stop()
}
