import type { Factory } from '../factories/factory'
import type { StoredModel } from '../factories/factory-types'
import type { SeedSession } from '../factories/session'
import type { ModelCtor } from '../write-ops/types'
import type { SeedableOrm } from './seedable-orm'

/**
 * Where seeding reports progress and problems (`info`, `warn`); `consoleLogger` by default.
 *
 * @example
 * ```ts
 * const quiet: SeedLogger = { info: () => {}, warn: (message) => console.warn(message) }
 * await runSeeders(orm, { logger: quiet })
 * ```
 */
export interface SeedLogger {
  info(message: string): void
  warn(message: string): void
}

/**
 * What a seeder's `run` gets.
 *
 * @example
 * ```ts
 * class UserSeeder extends Seeder {
 *   async run(ctx: SeedContext) {
 *     const teams = ctx.seeded('Team')
 *     await ctx.factory(User).count(10).recycle(teams).create()
 *   }
 * }
 * ```
 */
export interface SeedContext {
  readonly orm: SeedableOrm
  /** The run's session: seed, reference date, positions and unique values shared by every factory. */
  readonly session: SeedSession
  /** A factory of a model (class or name) bound to this run's session. */
  factory<C extends ModelCtor>(model: C | string): Factory<C>
  /** Models of a name created so far in this run (for `recycle`). */
  seeded(model: string): readonly StoredModel[]
  readonly logger: SeedLogger
}

/**
 * `console` with a prefix; what the runner uses when no logger is given.
 *
 * @example
 * ```ts
 * await runSeeders(orm, { logger: consoleLogger }) // '[seed] ...' lines on the console
 * ```
 */
export const consoleLogger: SeedLogger = {
  info: (message) => console.info(`[seed] ${message}`),
  warn: (message) => console.warn(`[seed] ${message}`),
}

function classNamed(orm: SeedableOrm, name: string): unknown {
  orm.ctx.entity(name)
  return orm.ctx.models.classFor(name)
}

export function seedContext(orm: SeedableOrm, session: SeedSession, logger: SeedLogger): SeedContext {
  return {
    orm,
    session,
    factory<C extends ModelCtor>(model: C | string): Factory<C> {
      const ctor = (typeof model === 'string' ? classNamed(orm, model) : model) as unknown as {
        factory(): Factory<C>
      }
      return ctor.factory().inSession(session)
    },
    seeded: (model) => session.created(model),
    logger,
  }
}
