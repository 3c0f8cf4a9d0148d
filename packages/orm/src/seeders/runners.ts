import { lazyCall } from '../lazy-call'

// Running seeders (discovery through the model loader, sessions, auto-seeding) loads on the first call:
// see lazy-call.ts.
/**
 * Runs seeders (given, or found under `path`) in dependency order in one seeding session, or every model's factory when there are none.
 *
 * @example
 * ```ts
 * const result = await runSeeders(orm, { path: 'database/seeders', seed: 1 })
 * ```
 */
export const runSeeders = lazyCall(() => import('../lazy-subsystems').then((m) => m.runSeeders))
/**
 * Drops the table, creates it again from the design and runs the seeders; refuses a table that is not on a local endpoint unless `force`.
 *
 * @example
 * ```ts
 * await fresh(orm, { path: 'database/seeders', seed: 1 })
 * ```
 */
export const fresh = lazyCall(() => import('../lazy-subsystems').then((m) => m.fresh))
/**
 * Seeds every model with its factory, parents before children (what `dbtooling seed` does without seeders); call it from a seeder's `run(ctx)`.
 *
 * @example
 * ```ts
 * class DatabaseSeeder extends Seeder {
 *   async run(ctx: SeedContext) {
 *     await autoSeed(ctx, { counts: { User: 10, Post: 50 } })
 *   }
 * }
 * ```
 */
export const autoSeed = lazyCall(() => import('../lazy-subsystems').then((m) => m.autoSeed))
/**
 * Finds the seeder files in a folder (recursively) and resolves each with its name.
 *
 * @example
 * ```ts
 * const seeders = await discoverSeeders('database/seeders')
 * console.log(seeders.map((seeder) => seeder.name))
 * ```
 */
export const discoverSeeders = lazyCall(() => import('../lazy-subsystems').then((m) => m.discoverSeeders))
