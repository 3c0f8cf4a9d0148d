import { existsSync, statSync } from 'node:fs'
import { basename, extname, resolve } from 'node:path'
import { findModelFiles, importModule } from '@dbtooling/schema'
import { SeederInvalidError } from './errors'
import type { NamedSeeder } from './order-seeders'
import type { SeederLike } from './seeder'

type SeederClass = new () => SeederLike

function isSeederClass(value: unknown): value is SeederClass {
  return (
    typeof value === 'function' &&
    typeof (value as { prototype?: { run?: unknown } }).prototype?.run === 'function'
  )
}

function isSeederObject(value: unknown): value is SeederLike {
  return typeof value === 'object' && value !== null && typeof (value as { run?: unknown }).run === 'function'
}

/** A seeder given as a class, an instance or a plain object, with the name it goes by. */
export function nameSeeder(value: unknown, source: string): NamedSeeder {
  const seeder = isSeederClass(value) ? new value() : isSeederObject(value) ? value : null
  if (!seeder)
    throw new SeederInvalidError(source, 'the export is neither a Seeder class nor an object with run()')
  const own = seeder.name
  const name =
    typeof own === 'string' && own !== '' && own !== 'Object'
      ? own
      : (seeder.constructor?.name ?? '') !== 'Object'
        ? seeder.constructor.name
        : basename(source, extname(source))
  return { name, seeder }
}

/**
 * Seeder files in a folder, recursively (`.ts` loaded through jiti, as model files are): the default
 * export of each, else its exports that are seeders. A missing folder means no seeders.
 */
export async function discoverSeeders(path: string, cwd = process.cwd()): Promise<NamedSeeder[]> {
  const directory = resolve(cwd, path)
  if (!existsSync(directory) || !statSync(directory).isDirectory()) return []
  const found: NamedSeeder[] = []
  for (const file of findModelFiles(directory)) {
    const module = (await importModule(file, { shims: 'auto' })) as Record<string, unknown>
    const exported = 'default' in module ? [module.default] : Object.values(module)
    const seeders = exported.filter((value) => isSeederClass(value) || isSeederObject(value))
    if (seeders.length === 0) throw new SeederInvalidError(file, 'no seeder is exported')
    for (const value of seeders) found.push(nameSeeder(value, file))
  }
  return found
}
