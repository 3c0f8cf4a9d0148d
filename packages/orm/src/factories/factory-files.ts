import { resolve } from 'node:path'
import { findModelFiles, importModule } from '@dbtooling/schema'
import { builtin } from '../node-builtin'
import type { SeedableOrm } from '../seeders/seedable-orm'
import type { ModelCtor } from '../write-ops/types'
import { registerFactoryByName } from './define-factory'
import { FactoryFileError } from './errors'
import type { FactoryDefinition, FactoryOptions } from './factory-types'

/**
 * A factory in a file of its own (`database/factories/PostFactory.ts`), for apps whose model classes are
 * made by the ORM from model files: it names its model instead of importing the class.
 */
export interface FactoryFile extends FactoryOptions<ModelCtor> {
  /** The model's name, as in its definition (`Post`). */
  readonly model: string
  readonly definition: FactoryDefinition<ModelCtor>
}

/**
 * Types a factory file's default export; returns it unchanged.
 *
 * ```ts
 * export default factoryFile({
 *   model: 'Post',
 *   definition: ({ faker, sequence }) => ({ title: `${sequence}. ${faker.lorem.sentence()}` }),
 *   states: { published: { status: 'published' } },
 * })
 * ```
 */
export function factoryFile(file: FactoryFile): FactoryFile {
  return file
}

function isFactoryFile(value: unknown): value is FactoryFile {
  if (typeof value !== 'object' || value === null) return false
  const candidate = value as { model?: unknown; definition?: unknown }
  return typeof candidate.model === 'string' && typeof candidate.definition === 'function'
}

/**
 * Loads every factory file in a folder (recursively; `.ts` through jiti, as model files are) and registers
 * each for its model, as `defineFactory` would. Resolves the model names registered. A missing folder
 * registers nothing. A file that exports no factory, or names a model the ORM does not have, is a
 * `FactoryFileError` before anything is registered.
 */
export async function loadFactoryFiles(
  orm: SeedableOrm,
  path: string,
  cwd = process.cwd(),
): Promise<string[]> {
  const directory = resolve(cwd, path)
  if (!builtin('node:fs').existsSync(directory) || !builtin('node:fs').statSync(directory).isDirectory())
    return []
  const found: FactoryFile[] = []
  for (const file of findModelFiles(directory)) {
    const module = (await importModule(file, { shims: 'auto' })) as Record<string, unknown>
    const exported = ('default' in module ? [module.default] : Object.values(module)).filter(isFactoryFile)
    if (exported.length === 0)
      throw new FactoryFileError(
        file,
        'it exports no factory (`export default factoryFile({ model, definition })`)',
      )
    for (const factory of exported) {
      if (!(factory.model in orm.design.entities)) {
        const known = Object.keys(orm.design.entities).sort().join(', ')
        throw new FactoryFileError(
          file,
          `its model "${factory.model}" is not one of the ORM's models (${known})`,
        )
      }
      found.push(factory)
    }
  }
  for (const { model, definition, ...options } of found) registerFactoryByName(model, definition, options)
  return found.map((factory) => factory.model)
}
