import { lazyCall } from '../lazy-call'

/**
 * Finds and loads the config file (TypeScript through jiti), applies environment overrides, validates and
 * fills in defaults. `queryBuilder.modelsPath` comes back absolute, resolved against the config file's
 * folder. Without a config file the defaults (plus environment) are used.
 *
 * @example
 * ```ts
 * const config = await loadConfig({ cwd: process.cwd() }) // dbtooling.config.ts + DBTOOLING_* variables
 * ```
 */
export const loadConfig = lazyCall(() => import('../file-loaders').then((m) => m.loadConfig))

/**
 * Reads the default export of a config file; a function export is called (it may be async).
 *
 * @example
 * ```ts
 * const raw = await readConfigFile('dbtooling.config.ts')
 * const config = resolveConfig(raw, 'dbtooling.config.ts')
 * ```
 */
export const readConfigFile = lazyCall(() => import('../file-loaders').then((m) => m.readConfigFile))
