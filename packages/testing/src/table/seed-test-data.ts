import type {
  DefinitionNamed,
  Factory,
  InstanceOf,
  ModelBase,
  ModelClass,
  ModelCtor,
  ModelNamesOf,
  ModelSources,
  Orm,
} from '@dbtooling/orm'
import { TestingError } from '../errors'

type ClassNamed<M extends ModelSources, N> = ModelClass<DefinitionNamed<M, N>>
type AnyFactory = Factory<ModelCtor>

/**
 * How many of a model to create, or a function that shapes its factory (`(f) => f.count(3).state('x')`).
 *
 * @example
 * ```ts
 * const step: SeedStep<typeof User> = (factory) => factory.count(3).state('admin')
 * await seedTestData(table.orm, { User: step })
 * ```
 */
export type SeedStep<C extends ModelCtor = ModelCtor> = number | ((factory: Factory<C>) => Factory<C>)

/**
 * Per model name, in creation order: a count or a factory shaper.
 *
 * @example
 * ```ts
 * const plan: SeedPlan<[typeof Team, typeof User]> = { Team: 2, User: (factory) => factory.count(5).state('admin') }
 * await seedTestData(table.orm, plan)
 * ```
 */
export type SeedPlan<M extends ModelSources> = {
  readonly [N in ModelNamesOf<M>]?: SeedStep<ClassNamed<M, N>>
}

/**
 * The stored models per model name of the plan.
 *
 * @example
 * ```ts
 * const seeded: Seeded<[typeof Team, typeof User], { Team: 2; User: 6 }> = await seedTestData(table.orm, { Team: 2, User: 6 })
 * console.log(seeded.Team.length, seeded.User.length)
 * ```
 */
export type Seeded<M extends ModelSources, P> = {
  [N in keyof P & ModelNamesOf<M>]: InstanceOf<ClassNamed<M, N>>[]
}

/**
 * Options of `seedTestData`: a seed that makes the rows (ids and timestamps included) the same on every run.
 *
 * @example
 * ```ts
 * const options: SeedTestDataOptions = { seed: 1 }
 * const { User: users } = await seedTestData(table.orm, { User: 3 }, options)
 * ```
 */
export interface SeedTestDataOptions {
  /** Reproducible rows: step `i` is seeded with `seed + i` (ids and timestamps included). */
  readonly seed?: number
}

function factoryOf(orm: Orm<ModelSources>, name: string): AnyFactory {
  const model = orm.model(name as never) as unknown as ModelCtor & { factory(): AnyFactory }
  return model.factory()
}

/**
 * Creates rows through each model's factory (its `defineFactory`, else the attributes' own factories), in
 * the order given: list parents first, and every later model's belongsTo keys point at rows created before
 * (the factory's `recycle`). Resolves the stored models per model name.
 *
 * @example
 * ```ts
 * const { Team: teams, User: users } = await seedTestData(table.orm, { Team: 2, User: 10 }, { seed: 1 })
 * ```
 */
export async function seedTestData<const M extends ModelSources, const P extends SeedPlan<M>>(
  orm: Orm<M>,
  plan: P,
  options: SeedTestDataOptions = {},
): Promise<Seeded<M, P>> {
  const created: Record<string, ModelBase[]> = {}
  let position = 0
  for (const [name, step] of Object.entries(plan) as [string, SeedStep][]) {
    if (typeof step === 'number' && (!Number.isInteger(step) || step < 0))
      throw new TestingError(
        'BAD_ARGUMENT',
        `seedTestData: ${name}: ${step} is not a count.`,
        'Give a whole number >= 0, or a function of the factory.',
      )
    let factory = factoryOf(orm as unknown as Orm<ModelSources>, name)
    if (options.seed !== undefined) factory = factory.seed(options.seed + position)
    for (const models of Object.values(created))
      if (models.length > 0) factory = factory.recycle(models as never)
    factory = typeof step === 'number' ? factory.count(step) : step(factory)
    created[name] = [...(created[name] ?? []), ...((await factory.create()) as ModelBase[])]
    position += 1
  }
  return created as unknown as Seeded<M, P>
}
