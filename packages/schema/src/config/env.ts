import { delimiter } from 'node:path'
import type { ConfigIssue } from './errors'
import { makeIssue } from './issues'

/**
 * Environment variables as `applyEnv` reads them: `process.env` or any name-to-text record.
 *
 * @example
 * ```ts
 * const env: Env = { DBTOOLING_REGION: 'eu-west-1', DBTOOLING_STRICT: 'true' }
 * const { config } = applyEnv({ tableName: 'app' }, env)
 * ```
 */
export type Env = Readonly<Record<string, string | undefined>>
type Parse = (raw: string) => unknown
type Path = readonly string[]

const text: Parse = (raw) => raw
/** `app/Models:vendor/models` (`;` on Windows): several folders, like PATH. */
const folders: Parse = (raw) => (raw.includes(delimiter) ? raw.split(delimiter).filter((part) => part) : raw)
const integer: Parse = (raw) =>
  /^-?\d+$/.test(raw.trim()) ? Number(raw) : new EnvParseError('a whole number')
const boolean: Parse = (raw) => {
  const value = raw.trim().toLowerCase()
  if (['1', 'true', 'yes', 'on'].includes(value)) return true
  if (['0', 'false', 'no', 'off'].includes(value)) return false
  return new EnvParseError('true/false (or 1/0, yes/no, on/off)')
}
const gsiCount: Parse = (raw) => (raw.trim() === 'auto' ? 'auto' : integer(raw))

class EnvParseError {
  constructor(readonly expected: string) {}
}

/**
 * Variables that override the config file (highest precedence).
 *
 * @example
 * ```ts
 * for (const [name, path] of ENV_OVERRIDES) console.log(`${name} -> ${path.join('.')}`) // DBTOOLING_REGION -> region, ...
 * ```
 */
export const ENV_OVERRIDES: ReadonlyArray<readonly [string, Path, Parse]> = [
  ['DBTOOLING_REGION', ['region'], text],
  ['DBTOOLING_ENDPOINT', ['endpoint'], text],
  ['DBTOOLING_PROFILE', ['profile'], text],
  ['DBTOOLING_TABLE_NAME', ['tableName'], text],
  ['DBTOOLING_TABLE_PREFIX', ['tableNamePrefix'], text],
  ['DBTOOLING_TABLE_SUFFIX', ['tableNameSuffix'], text],
  ['DBTOOLING_MAX_RETRIES', ['retries', 'maxRetries'], integer],
  ['DBTOOLING_RETRY_MODE', ['retries', 'retryMode'], text],
  ['DBTOOLING_MODELS_PATH', ['queryBuilder', 'modelsPath'], folders],
  ['DBTOOLING_STRICT', ['queryBuilder', 'strict'], boolean],
  ['DBTOOLING_BILLING_MODE', ['capacity', 'billingMode'], text],
  ['DBTOOLING_GSI_COUNT', ['singleTableDesign', 'gsiCount'], gsiCount],
  ['DBTOOLING_CONSISTENT_READ', ['consistentRead'], boolean],
  ['DBTOOLING_DELETION_PROTECTION', ['deletionProtection'], boolean],
  ['DBTOOLING_LOCAL_PORT', ['local', 'port'], integer],
  ['DBTOOLING_LOCAL_IN_MEMORY', ['local', 'inMemory'], boolean],
  ['DBTOOLING_LOCAL_DB_PATH', ['local', 'dbPath'], text],
]

/**
 * Standard AWS variables: used only where neither the config nor a DBTOOLING_ variable set a value.
 *
 * @example
 * ```ts
 * const names = ENV_FALLBACKS.map(([name]) => name) // ['AWS_REGION', 'AWS_DEFAULT_REGION', 'AWS_ENDPOINT_URL_DYNAMODB', ...]
 * ```
 */
export const ENV_FALLBACKS: ReadonlyArray<readonly [string, Path, Parse]> = [
  ['AWS_REGION', ['region'], text],
  ['AWS_DEFAULT_REGION', ['region'], text],
  ['AWS_ENDPOINT_URL_DYNAMODB', ['endpoint'], text],
  ['AWS_ENDPOINT_URL', ['endpoint'], text],
  ['AWS_MAX_ATTEMPTS', ['retries', 'maxRetries'], (raw) => attemptsToRetries(integer(raw))],
  ['AWS_RETRY_MODE', ['retries', 'retryMode'], text],
]

function attemptsToRetries(attempts: unknown): unknown {
  return typeof attempts === 'number' ? Math.max(0, attempts - 1) : attempts
}

/**
 * Applies environment variables to a raw config (before validation, so bad values are reported like any
 * other). Returns a new object; the input is not changed.
 *
 * @example
 * ```ts
 * const { config, issues } = applyEnv({ tableName: 'app' }, { DBTOOLING_TABLE_NAME: 'app-test', DBTOOLING_MAX_RETRIES: 'many' })
 * // config.tableName === 'app-test'; issues: one INVALID_ENV at env.DBTOOLING_MAX_RETRIES (expected a whole number)
 * ```
 */
export function applyEnv(
  input: Record<string, unknown>,
  env: Env,
): { config: Record<string, unknown>; issues: ConfigIssue[] } {
  let config = input
  const issues: ConfigIssue[] = []
  const apply = ([name, path, parse]: readonly [string, Path, Parse], onlyIfUnset: boolean) => {
    const raw = env[name]
    if (raw === undefined || raw === '' || (onlyIfUnset && getIn(config, path) !== undefined)) return
    const value = parse(raw)
    if (value instanceof EnvParseError) {
      issues.push(
        makeIssue(
          'INVALID_ENV',
          `env.${name}`,
          raw,
          `environment variable ${name}=${JSON.stringify(raw)} is not ${value.expected}`,
          `set ${name} to ${value.expected}, or unset it`,
        ),
      )
      return
    }
    config = setIn(config, path, value)
  }
  for (const entry of ENV_OVERRIDES) apply(entry, false)
  for (const entry of ENV_FALLBACKS) apply(entry, true)
  return { config: applyCredentialEnv(config, env), issues }
}

/** AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY (then AWS_PROFILE) fill in only when no identity is configured. */
function applyCredentialEnv(config: Record<string, unknown>, env: Env): Record<string, unknown> {
  if (config.credentials != null || config.profile != null) return config
  const {
    AWS_ACCESS_KEY_ID: accessKeyId,
    AWS_SECRET_ACCESS_KEY: secretAccessKey,
    AWS_SESSION_TOKEN: sessionToken,
  } = env
  if (accessKeyId && secretAccessKey) {
    return { ...config, credentials: { accessKeyId, secretAccessKey, sessionToken: sessionToken || null } }
  }
  return env.AWS_PROFILE ? { ...config, profile: env.AWS_PROFILE } : config
}

function getIn(value: unknown, path: Path): unknown {
  let current = value
  for (const key of path) {
    if (typeof current !== 'object' || current === null) return undefined
    current = (current as Record<string, unknown>)[key]
  }
  return current
}

function setIn(target: Record<string, unknown>, path: Path, value: unknown): Record<string, unknown> {
  const [key, ...rest] = path
  if (key === undefined) return target
  if (rest.length === 0) return { ...target, [key]: value }
  const child = target[key]
  const base =
    typeof child === 'object' && child !== null && !Array.isArray(child)
      ? (child as Record<string, unknown>)
      : {}
  return { ...target, [key]: setIn(base, rest, value) }
}
