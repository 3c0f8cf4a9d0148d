import { lazyCall } from '../lazy-call'

/**
 * Imports a TS/JS file through jiti, with stand-ins for shimmable packages that are not installed.
 *
 * @example
 * ```ts
 * const module = await importModule('app/models/User.ts', { shims: 'auto' }) // .ts through jiti
 * ```
 */
export const importModule = lazyCall(() => import('../file-loaders').then((m) => m.importModule))

/**
 * Loads model files and/or in-memory models, in a stable order, keeping each one's source for errors.
 *
 * @example
 * ```ts
 * const models = await loadModels({ modelsPath: 'app/models' })
 * const design = deriveDesign(models, { tableName: 'app' })
 * ```
 */
export const loadModels = lazyCall(() => import('../file-loaders').then((m) => m.loadModels))
