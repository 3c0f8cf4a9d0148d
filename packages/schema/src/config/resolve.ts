import * as v from 'valibot'
import { ConfigError, type ConfigIssue } from './errors'
import { fromValibotIssue, makeIssue } from './issues'
import { checkCapacity, checkIndexLimits } from './rules-capacity'
import { checkAttributeCollisions, checkDelimiter, checkIndexNames } from './rules-keys'
import { checkConnection, checkTableName, checkTags, checkTenancy } from './rules-misc'
import { configSchemaOf, type ParsedConfig } from './schema'
import { LIVE_OBSERVABILITY_KEYS } from './schema-observability'
import type { CapacityConfig, DbtoolingConfig, ResolvedConfig } from './types'

/**
 * The result of `validateConfig`: the resolved config, or every issue found.
 *
 * @example
 * ```ts
 * const result: ConfigValidation = validateConfig(input)
 * if (result.ok) console.log(result.config.tableName)
 * else console.error(result.issues.length, 'problems')
 * ```
 */
export type ConfigValidation = { ok: true; config: ResolvedConfig } | { ok: false; issues: ConfigIssue[] }

const crossChecks = [
  checkCapacity,
  checkIndexLimits,
  checkDelimiter,
  checkAttributeCollisions,
  checkIndexNames,
  checkTableName,
  checkConnection,
  checkTenancy,
  checkTags,
]

/**
 * Validates a config and fills in defaults without throwing; every problem is reported.
 *
 * @example
 * ```ts
 * const result = validateConfig({ tableName: 'app', unknownOption: true })
 * if (!result.ok) console.error(result.issues.map((issue) => issue.path)) // ['unknownOption']
 * ```
 */
export function validateConfig(input: DbtoolingConfig | unknown): ConfigValidation {
  const candidate = input === undefined || input === null ? {} : input
  if (typeof candidate !== 'object' || Array.isArray(candidate)) {
    const hint = 'export an object, e.g. export default defineConfig({ tableName: "app" })'
    return {
      ok: false,
      issues: [makeIssue('INVALID_TYPE', '(root)', candidate, 'the config must be an object', hint)],
    }
  }
  const expanded = expandShorthands(candidate as Record<string, unknown>)
  const schema = configSchemaOf()
  const result = v.safeParse(schema, expanded, { abortEarly: false })
  if (!result.success) {
    const issues = result.issues.map((issue) => fromValibotIssue(issue, schema))
    return { ok: false, issues: [...issues, ...crossIssuesDespite(expanded, result.issues)] }
  }
  const issues = crossChecks.flatMap((check) => check(result.output))
  if (issues.length > 0) return { ok: false, issues }
  return { ok: true, config: deepFreeze(toResolved(result.output)) }
}

/**
 * Cross-field problems are reported even when some values are malformed: the malformed values are
 * dropped (so defaults stand in) and the rest is checked, giving the user every problem in one pass.
 */
function crossIssuesDespite(
  input: Record<string, unknown>,
  failed: readonly v.BaseIssue<unknown>[],
): ConfigIssue[] {
  let pruned: unknown = input
  for (const issue of failed)
    pruned = withoutPath(
      pruned,
      (issue.path ?? []).map((item) => item.key),
    )
  const retry = v.safeParse(configSchemaOf(), pruned)
  return retry.success ? crossChecks.flatMap((check) => check(retry.output)) : []
}

function withoutPath(value: unknown, keys: readonly unknown[]): unknown {
  const [key, ...rest] = keys
  if (key === undefined || typeof value !== 'object' || value === null) return value
  if (Array.isArray(value)) {
    if (typeof key !== 'number') return value
    return rest.length === 0
      ? value.filter((_, index) => index !== key)
      : value.map((item, index) => (index === key ? withoutPath(item, rest) : item))
  }
  const copy = { ...(value as Record<string, unknown>) }
  if (typeof key !== 'string') return copy
  if (rest.length === 0) delete copy[key]
  else copy[key] = withoutPath(copy[key], rest)
  return copy
}

/**
 * Validates and fills in defaults; throws one `ConfigError` listing every problem.
 *
 * @example
 * ```ts
 * const config = resolveConfig({ tableName: 'app' }) // every default filled in
 * ```
 */
export function resolveConfig(input: DbtoolingConfig | unknown, file: string | null = null): ResolvedConfig {
  const result = validateConfig(input)
  if (!result.ok) throw ConfigError.invalid(result.issues, file)
  return result.config
}

/** `streams: true` and `queryBuilder.softDeletes: true` are accepted as `{ enabled: true }`; `$schema` is ignored. */
function expandShorthands(input: Record<string, unknown>): Record<string, unknown> {
  const output = { ...input }
  // Editors add `$schema` to JSON configs; it is not an option.
  delete output.$schema
  if (typeof output.streams === 'boolean') output.streams = { enabled: output.streams }
  const qb = output.queryBuilder
  if (qb && typeof qb === 'object' && typeof (qb as Record<string, unknown>).softDeletes === 'boolean') {
    output.queryBuilder = { ...qb, softDeletes: { enabled: (qb as Record<string, unknown>).softDeletes } }
  }
  return output
}

const LIVE_PATHS = new Set(LIVE_OBSERVABILITY_KEYS.map((key) => `observability.${key}`))

function toResolved(parsed: ParsedConfig): ResolvedConfig {
  const { caching } = parsed.queryBuilder
  // Per-model cache settings inherit whatever they leave out from the global cache settings.
  const perEntity = Object.fromEntries(
    Object.entries(caching.perEntity).map(([model, entry]) => [
      model,
      {
        enabled: entry.enabled ?? caching.enabled,
        ttlMs: entry.ttlMs ?? caching.ttlMs,
        maxSize: entry.maxSize ?? caching.maxSize,
      },
    ]),
  )
  const queryBuilder = { ...parsed.queryBuilder, caching: { ...caching, perEntity } }
  return { ...parsed, queryBuilder, capacity: toCapacity(parsed.capacity) }
}

function toCapacity(capacity: ParsedConfig['capacity']): CapacityConfig {
  if (capacity.billingMode === 'PAY_PER_REQUEST') {
    return { billingMode: 'PAY_PER_REQUEST', read: null, write: null, autoScaling: null }
  }
  // Provisioned tables without explicit numbers get AWS's console defaults.
  return {
    billingMode: 'PROVISIONED',
    read: capacity.read ?? 5,
    write: capacity.write ?? 5,
    autoScaling: capacity.autoScaling,
  }
}

function deepFreeze<T>(value: T, path = ''): T {
  if (value === null || typeof value !== 'object' || Object.isFrozen(value)) return value
  // A logger, tracer or meter is a live object of the application's: freezing it would break it.
  if (LIVE_PATHS.has(path)) return value
  for (const [key, child] of Object.entries(value)) deepFreeze(child, path === '' ? key : `${path}.${key}`)
  return Object.freeze(value)
}
