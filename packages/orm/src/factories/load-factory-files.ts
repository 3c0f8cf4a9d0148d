import { resolve } from 'node:path'
import { findModelFiles, importModule } from '@dbtooling/schema'
import { builtin } from '../node-builtin'
import type { SeedableOrm } from '../seeders/seedable-orm'
import type { ModelCtor } from '../write-ops/types'
import { registerFactoryByName } from './define-factory'
import { FactoryFileError } from './errors'
import { type FactoryFile, isFactoryFile } from './factory-file'
import type { FactoryDefinition, FactoryOptions } from './factory-types'

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
  // The registry holds every model's factories untyped (`ModelCtor`); a file's rows are untyped too.
  for (const { model, definition, ...options } of found)
    registerFactoryByName(
      model,
      definition as FactoryDefinition<ModelCtor>,
      options as FactoryOptions<ModelCtor>,
    )
  return found.map((factory) => factory.model)
}
