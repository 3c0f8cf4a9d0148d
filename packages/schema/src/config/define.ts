import { resolveConfig } from './resolve'
import type { DbtoolingConfig, ResolvedConfig } from './types'

/** Identity with types: gives editor completion and type checks to a config file. */
export function defineConfig(config: DbtoolingConfig): DbtoolingConfig {
  return config
}

let current: ResolvedConfig | null = null

/** The active configuration: the last one given to `setConfig`, else the defaults. */
export function getConfig(): ResolvedConfig {
  current ??= resolveConfig({})
  return current
}

/** Validates, resolves and activates a configuration; throws `ConfigError` listing every problem. */
export function setConfig(config: DbtoolingConfig | ResolvedConfig): ResolvedConfig {
  current = resolveConfig(config)
  return current
}

/** Back to the defaults (for tests and long-running tools that reload). */
export function resetConfig(): void {
  current = null
}
