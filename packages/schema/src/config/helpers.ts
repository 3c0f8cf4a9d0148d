import { physicalTableName } from './rules-misc'
import { LIVE_OBSERVABILITY_KEYS } from './schema-observability'
import type { ResolvedConfig } from './types'

/**
 * The physical table for a tenant: with the `table` tenancy strategy each tenant has its own table
 * (`multiTenancy.tableNamePattern`); otherwise every tenant shares the configured table.
 *
 * @example
 * ```ts
 * const config = resolveConfig({ tableName: 'app', multiTenancy: { enabled: true, strategy: 'table' } })
 * tenantTableName(config, 'acme') // 'app-acme' with the default pattern
 * ```
 */
export function tenantTableName(config: ResolvedConfig, tenant: string | null = null): string {
  const table = physicalTableName(config)
  const { enabled, strategy, tableNamePattern } = config.multiTenancy
  if (!enabled || strategy !== 'table') return table
  if (tenant === null || tenant === '') {
    throw new TypeError("multiTenancy.strategy is 'table', so a tenant id is needed to pick the table")
  }
  return tableNamePattern.replaceAll('{table}', table).replaceAll('{tenant}', tenant)
}

/**
 * A copy safe to print or log: credential values are replaced and functions are named, not shown.
 *
 * @example
 * ```ts
 * console.log(redactConfig(resolveConfig(rawConfig))) // credentials shown as '[redacted]'
 * ```
 */
export function redactConfig(config: ResolvedConfig): Record<string, unknown> {
  const credentials = config.credentials && {
    accessKeyId: '[redacted]',
    secretAccessKey: '[redacted]',
    sessionToken: config.credentials.sessionToken === null ? null : '[redacted]',
  }
  return JSON.parse(
    JSON.stringify({ ...config, credentials, observability: liveRedacted(config) }, (_, value: unknown) =>
      typeof value === 'function' ? '[function]' : value,
    ),
  ) as Record<string, unknown>
}

// Loggers, tracers and meters hold sockets and providers (often cyclic): name them, never serialise them.
function liveRedacted(config: ResolvedConfig): Record<string, unknown> {
  const section = config.observability
  if (!section) return section
  const out: Record<string, unknown> = { ...section }
  for (const key of LIVE_OBSERVABILITY_KEYS) if (out[key] !== null) out[key] = '[object]'
  return out
}
