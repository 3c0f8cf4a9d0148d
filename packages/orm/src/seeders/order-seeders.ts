import { SeederCycleError, SeederNotFoundError } from './errors'
import type { SeederLike } from './seeder'

/**
 * A seeder with the name `dependsOn` and `only` refer to.
 *
 * @example
 * ```ts
 * const seeders: NamedSeeder[] = await discoverSeeders('database/seeders')
 * const ordered = orderSeeders(seeders, 'UserSeeder')
 * ```
 */
export interface NamedSeeder {
  readonly name: string
  readonly seeder: SeederLike
}

const byOrderThenName = (a: NamedSeeder, b: NamedSeeder) =>
  (a.seeder.order ?? 0) - (b.seeder.order ?? 0) || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)

/**
 * Seeders in run order: every seeder after those it `dependsOn`; among seeders free to run, lower `order`
 * first, then by name. `only` keeps one seeder and what it depends on.
 *
 * @example
 * ```ts
 * const ordered = orderSeeders(await discoverSeeders('database/seeders')) // by dependsOn, then order, then name
 * ```
 */
export function orderSeeders(seeders: readonly NamedSeeder[], only?: string): NamedSeeder[] {
  const byName = new Map(seeders.map((entry) => [entry.name, entry]))
  const names = [...byName.keys()]
  const wanted = new Set<string>()
  const want = (name: string, from: string | null, path: readonly string[]) => {
    const entry = byName.get(name)
    if (!entry) throw new SeederNotFoundError(name, names, from)
    if (path.includes(name)) throw new SeederCycleError([...path.slice(path.indexOf(name)), name])
    if (wanted.has(name)) return
    for (const dependency of entry.seeder.dependsOn ?? []) want(dependency, name, [...path, name])
    wanted.add(name)
  }
  if (only !== undefined) want(only, null, [])
  else for (const name of names) want(name, null, [])
  const done = new Set<string>()
  const out: NamedSeeder[] = []
  const pending = seeders.filter((entry) => wanted.has(entry.name))
  while (out.length < pending.length) {
    const ready = pending
      .filter(
        (entry) => !done.has(entry.name) && (entry.seeder.dependsOn ?? []).every((name) => done.has(name)),
      )
      .sort(byOrderThenName)
    const next = ready[0]!
    done.add(next.name)
    out.push(next)
  }
  return out
}
