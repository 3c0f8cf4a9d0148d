import { lazyCall } from '../lazy-call'

// Loading factory files (the model-file loader, node:fs) runs on the first call: see lazy-call.ts.
/**
 * Loads every factory file in a folder (recursively; `.ts` through jiti, as model files are) and registers
 * each for its model, as `defineFactory` would. Resolves the model names registered. A missing folder
 * registers nothing. A file that exports no factory, or names a model the ORM does not have, is a
 * `FactoryFileError` before anything is registered.
 *
 * @example
 * ```ts
 * const models = await loadFactoryFiles(orm, 'database/factories') // e.g. ['Post', 'User']
 * ```
 */
export const loadFactoryFiles = lazyCall(() => import('../lazy-subsystems').then((m) => m.loadFactoryFiles))
