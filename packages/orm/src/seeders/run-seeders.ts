import { loadFactoryFiles } from '../factories/load-factory-files'
import { SeedSession, type SeedSessionOptions } from '../factories/session'
import { type AutoSeedOptions, type AutoSeedResult, autoSeed } from './auto-seed'
import { discoverSeeders, nameSeeder } from './discover-seeders'
import { SeederNotFoundError } from './errors'
import { type NamedSeeder, orderSeeders } from './order-seeders'
import { consoleLogger, type SeedLogger, seedContext } from './seed-context'
import type { SeedableOrm } from './seedable-orm'

/**
 * Options of `runSeeders`: the seeders (given, or a folder), factory files, `only`, a logger, and the seeding session (seed, reference date).
 *
 * @example
 * ```ts
 * const options: RunSeedersOptions = { path: 'database/seeders', factories: 'database/factories', seed: 1 }
 * await runSeeders(orm, options)
 * ```
 */
export interface RunSeedersOptions extends SeedSessionOptions, AutoSeedOptions {
  /** Seeders given directly: Seeder classes, instances, or objects with `run(ctx)`. */
  readonly seeders?: readonly unknown[]
  /** A folder of seeder files (searched recursively), relative to `cwd`. */
  readonly path?: string
  /** A folder of factory files (`factoryFile({ model, definition })`), registered before any seeder runs. */
  readonly factories?: string
  readonly cwd?: string
  /** Run this seeder (and the seeders it depends on) only. */
  readonly only?: string
  readonly logger?: SeedLogger
  /** Continue a session (its seed, positions and created models) instead of starting one. */
  readonly session?: SeedSession
}

/**
 * What `runSeeders` / `fresh` did: seeders or auto-seeding, which ran, items written and the time taken.
 *
 * @example
 * ```ts
 * const result: SeedRunResult = await runSeeders(orm, { path: 'database/seeders' })
 * console.log(result.mode, result.ran, result.written, `${result.elapsedMs} ms`)
 * ```
 */
export interface SeedRunResult {
  /** `seeders` when seeders ran, `auto` when none existed and the models were seeded from themselves. */
  readonly mode: 'seeders' | 'auto'
  /** Seeders run, in order. */
  readonly ran: readonly string[]
  readonly auto: AutoSeedResult | null
  /** Items written (models, guard items not counted, edges). */
  readonly written: number
  readonly elapsedMs: number
  readonly itemsPerSecond: number
  readonly seed: number
}

async function gather(options: RunSeedersOptions): Promise<NamedSeeder[]> {
  const given = (options.seeders ?? []).map((seeder, index) => nameSeeder(seeder, `seeders[${index}]`))
  const found = options.path === undefined ? [] : await discoverSeeders(options.path, options.cwd)
  return [...given, ...found]
}

/**
 * Runs seeders in order (`dependsOn`, then `order`, then name), all of them or one by name, in one
 * session. When there are none (and none was asked for by name), seeds automatically from the models.
 */
export async function runSeeders(orm: SeedableOrm, options: RunSeedersOptions = {}): Promise<SeedRunResult> {
  const started = Date.now()
  const session = options.session ?? new SeedSession(options)
  const logger = options.logger ?? consoleLogger
  const context = seedContext(orm, session, logger)
  if (options.factories !== undefined) {
    const registered = await loadFactoryFiles(orm, options.factories, options.cwd)
    if (registered.length > 0) logger.info(`factories from files: ${registered.join(', ')}`)
  }
  const seeders = await gather(options)
  if (seeders.length === 0 && options.only !== undefined)
    throw new SeederNotFoundError(options.only, [], null)
  const ran: string[] = []
  let auto: AutoSeedResult | null = null
  if (seeders.length === 0) {
    logger.info('no seeders found: seeding every model from its definition')
    auto = await autoSeed(context, options)
  } else {
    for (const { name, seeder } of orderSeeders(seeders, options.only)) {
      const from = Date.now()
      await seeder.run(context)
      ran.push(name)
      logger.info(`${name}: done in ${Date.now() - from} ms`)
    }
  }
  const elapsedMs = Math.max(1, Date.now() - started)
  return {
    mode: auto ? 'auto' : 'seeders',
    ran,
    auto,
    written: session.written,
    elapsedMs,
    itemsPerSecond: (session.written * 1000) / elapsedMs,
    seed: session.seed,
  }
}
