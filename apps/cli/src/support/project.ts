import { resolve } from 'node:path'
import type { DynamoClient } from '@dbtooling/dynamo-client'
import type { Orm } from '@dbtooling/orm'
import type { LoadedModel, ResolvedConfig } from '@dbtooling/schema'
import { type LoadedEnv, loadEnvFiles } from './env-files'
import type { GlobalFlags } from './global-flags'
import { isAlive, readDaemonRecord } from './project-state'

/** The project a command runs in: folder, env files, resolved config and where DynamoDB is. */
export interface Project {
  readonly cwd: string
  readonly env: LoadedEnv
  readonly config: ResolvedConfig
  readonly configFile: string | null
  /** The endpoint requests go to, or null for AWS's regional endpoint. */
  readonly endpoint: string | null
  /** True when the endpoint is on this machine (DynamoDB Local): destructive commands need no --force. */
  readonly isLocal: boolean
}

export async function loadProject(flags: GlobalFlags): Promise<Project> {
  const cwd = resolve(flags.cwd ?? process.cwd())
  const env = loadEnvFiles(cwd, flags.env)
  const vars = flags.endpoint ? { ...env.vars, DBTOOLING_ENDPOINT: flags.endpoint } : env.vars
  const { findConfigFile, loadConfig } = await import('@dbtooling/schema')
  const configFile = flags.config ? resolve(cwd, flags.config) : findConfigFile(cwd)
  const loaded = await loadConfig({ cwd, env: vars, ...(flags.config ? { file: flags.config } : {}) })
  const endpoint = loaded.endpoint ?? runningLocalEndpoint(cwd)
  const config = withLocalDefaults(loaded, endpoint)
  return { cwd, env, config, configFile, endpoint, isLocal: endpoint !== null && isLocalEndpoint(endpoint) }
}

/** The endpoint of a `start --detach` daemon of this project, when one is running. */
function runningLocalEndpoint(cwd: string): string | null {
  const record = readDaemonRecord(cwd)
  return record && isAlive(record.pid) ? record.endpoint : null
}

export function isLocalEndpoint(endpoint: string): boolean {
  try {
    const host = new URL(endpoint).hostname
    return host === 'localhost' || host === '[::1]' || host === '::1' || host.startsWith('127.')
  } catch {
    return false
  }
}

/** DynamoDB Local only checks the credentials' shape: give it some when none are configured. */
function withLocalDefaults(config: ResolvedConfig, endpoint: string | null): ResolvedConfig {
  if (endpoint === null) return config
  const credentials =
    config.credentials ??
    (isLocalEndpoint(endpoint) && !config.profile
      ? { accessKeyId: 'local', secretAccessKey: 'local', sessionToken: null }
      : null)
  return { ...config, endpoint, credentials }
}

/** The ORM over models loaded from files (their types are only known at run time). */
export type ProjectOrm = Orm<LoadedModel[]>

export interface OpenedProject extends Project {
  readonly orm: ProjectOrm
  readonly models: readonly LoadedModel[]
}

/** Loads the models from `queryBuilder.modelsPath` and builds the ORM over them. */
export async function openProject(flags: GlobalFlags): Promise<OpenedProject> {
  const project = await loadProject(flags)
  const [{ loadModels }, { createOrm }] = await Promise.all([
    import('@dbtooling/schema'),
    import('@dbtooling/orm'),
  ])
  const models = await loadModels({ modelsPath: project.config.queryBuilder.modelsPath, cwd: project.cwd })
  const orm = createOrm({ models, config: project.config, setDefault: true })
  return { ...project, orm, models }
}

/** A bare client for the project's endpoint and credentials (commands that need no models). */
export async function openClient(project: Project): Promise<DynamoClient> {
  const { DynamoClient } = await import('@dbtooling/dynamo-client')
  const { config } = project
  return new DynamoClient({
    region: config.region,
    maxRetries: config.retries.maxRetries,
    ...(config.endpoint ? { endpoint: config.endpoint } : {}),
    ...(config.profile ? { profile: config.profile } : {}),
    ...(config.credentials
      ? {
          credentials: {
            accessKeyId: config.credentials.accessKeyId,
            secretAccessKey: config.credentials.secretAccessKey,
            ...(config.credentials.sessionToken ? { sessionToken: config.credentials.sessionToken } : {}),
          },
        }
      : {}),
  })
}
