import { resolve } from 'node:path'
import { findModelFiles, importModule } from '@dbtooling/schema'
import { builtin } from '../node-builtin'
import type { SeedableOrm } from '../seeders/seedable-orm'
import type { ModelCtor } from '../write-ops/types'
import { registerFactoryByName } from './define-factory'
import { FactoryFileError } from './errors'
import type { FactoryContext, FactoryDefinition, FactoryHook, FactoryOptions, Row } from './factory-types'

/**
 * A factory in a file of its own (`database/factories/PostFactory.ts`), for apps whose model classes are
 * made by the ORM from model files: it names its model instead of importing the class.
 *
 * @example
 * ```ts
 * const file: FactoryFile = {
 *   model: 'Post',
 *   definition: ({ faker }) => ({ title: faker.lorem.sentence() }),
 * }
 * export default factoryFile(file)
 * ```
 */
export interface FactoryFile {
  /** The model's name, as in its definition (`Post`). */
  readonly model: string
  /**
   * Attributes of one row. The file names its model instead of importing its class, so they are plain
   * values here, checked when the row is created (model validation), not by type.
   */
  readonly definition: (context: FactoryContext<ModelCtor>) => Row
  /** Named states, applied with `.state('published')`. */
  readonly states?: Readonly<
    Record<string, Row | ((context: FactoryContext<ModelCtor>, attributes: Readonly<Row>) => Row)>
  >
  readonly afterMaking?: FactoryHook<ModelCtor>
  readonly afterCreating?: FactoryHook<ModelCtor>
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
 *
 * @example
 * ```ts
 * export default factoryFile({ model: 'Post', definition: ({ faker }) => ({ title: faker.lorem.sentence() }) })
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
 *
 * @example
 * ```ts
 * const models = await loadFactoryFiles(orm, 'database/factories') // e.g. ['Post', 'User']
 * ```
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
  // The registry holds every model's factories untyped (`ModelCtor`); a file's rows are untyped too.
  for (const { model, definition, ...options } of found)
    registerFactoryByName(
      model,
      definition as FactoryDefinition<ModelCtor>,
      options as FactoryOptions<ModelCtor>,
    )
  return found.map((factory) => factory.model)
}
