import { resolveConfig } from './resolve'
import type { DbtoolingConfig, ResolvedConfig } from './types'

/**
 * Identity with types: gives editor completion and type checks to a config file.
 *
 * @example
 * ```ts
 * // dbtooling.config.ts
 * export default defineConfig({ tableName: 'app', region: 'eu-west-1', queryBuilder: { modelsPath: 'app/models' } })
 * ```
 */
export function defineConfig(config: DbtoolingConfig): DbtoolingConfig {
  return config
}

let current: ResolvedConfig | null = null

/**
 * The active configuration: the last one given to `setConfig`, else the defaults.
 *
 * @example
 * ```ts
 * setConfig({ tableName: 'app' })
 * console.log(getConfig().tableName) // 'app'
 * ```
 */
export function getConfig(): ResolvedConfig {
  current ??= resolveConfig({})
  return current
}

/**
 * Validates, resolves and activates a configuration; throws `ConfigError` listing every problem.
 *
 * @example
 * ```ts
 * const config = setConfig({ tableName: 'app', region: 'us-east-1' })
 * ```
 */
export function setConfig(config: DbtoolingConfig | ResolvedConfig): ResolvedConfig {
  current = resolveConfig(config)
  return current
}

/**
 * Back to the defaults (for tests and long-running tools that reload).
 *
 * @example
 * ```ts
 * afterEach(() => resetConfig())
 * ```
 */
export function resetConfig(): void {
  current = null
}
