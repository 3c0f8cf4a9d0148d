import type { RelationDesign } from '@dbtooling/schema'
import type { Factory } from '../factories/factory'
import { pointerTo } from '../factories/relation-links'
import type { SeedSession } from '../factories/session'
import type { ModelBase } from '../model/model-base'
import type { ModelCtor } from '../write-ops/types'
import { attachPivots } from './attach-pivots'
import { type BrokenLink, modelOrder } from './model-order'
import type { SeedContext } from './seed-context'
import { seedCounts } from './seed-counts'
import type { SeedableOrm } from './seedable-orm'

/**
 * Options of `autoSeed`: rows per model (a default and per-model counts) and edges per owner of a belongsToMany.
 *
 * @example
 * ```ts
 * const options: AutoSeedOptions = { defaultCount: 5, counts: { Post: 50 }, edgesPerOwner: 2 }
 * await runSeeders(orm, options)
 * ```
 */
export interface AutoSeedOptions {
  /** Rows per model when no model has `useSeeder` (default 10). */
  readonly defaultCount?: number
  /** Rows per model, over `useSeeder` counts and the default. */
  readonly counts?: Readonly<Record<string, number>>
  /** Related models attached to each owner of a many-to-many relation (default 3). */
  readonly edgesPerOwner?: number
}

/**
 * What `autoSeed` created: rows per model, edges, and the belongsTo links it could not fill.
 *
 * @example
 * ```ts
 * const result: AutoSeedResult = await autoSeed(ctx, { defaultCount: 3 })
 * console.log(result.counts, result.edges, result.broken.length)
 * ```
 */
export interface AutoSeedResult {
  /** Rows made per model, in the order they were seeded. */
  readonly counts: Readonly<Record<string, number>>
  readonly edges: number
  /** Keys left empty to break cycles and self references. */
  readonly broken: readonly BrokenLink[]
}

/** belongsTo links to a parent whose side is hasOne/morphOne: each parent gets at most one child. */
function oneToOneLinks(orm: SeedableOrm, model: string): RelationDesign[] {
  const links: RelationDesign[] = []
  for (const relation of Object.values(orm.design.entities[model]!.relations)) {
    if (relation.kind !== 'belongsTo' || !relation.target) continue
    const parent = orm.design.entities[relation.target]
    const back = Object.values(parent?.relations ?? {}).some(
      (other) =>
        other.kind === 'hasOne' && other.target === model && other.foreignKey === relation.foreignKey,
    )
    if (back) links.push(relation)
  }
  return links
}

function describeBroken(link: BrokenLink): string {
  if (link.model === link.parent)
    return `${link.model}.${link.foreignKey} is a self reference (${link.relation}): a third of the rows are roots with it empty, the others point at them`
  return `${link.model}.${link.foreignKey} left empty (${link.relation}: cycle through ${link.parent}); seed it in a seeder if it must point somewhere`
}

/**
 * Seeds from the models alone: every model with `useSeeder` (its count), or every model, parents before
 * children, belongsTo/morphTo keys pointing at rows seeded before, hasOne children one per parent, then
 * many-to-many edges. Uses each model's factory (`defineFactory`, else the default from its attributes).
 */
export async function autoSeed(context: SeedContext, options: AutoSeedOptions = {}): Promise<AutoSeedResult> {
  const { orm, session, logger } = context
  const counts = seedCounts(orm.ctx, options)
  const { order, broken } = modelOrder([...counts.keys()].map((name) => orm.design.entities[name]!))
  for (const link of broken) logger.warn(describeBroken(link))
  const made: Record<string, number> = {}
  for (const model of order) {
    const count = counts.get(model) ?? 0
    const tree = broken.some((link) => link.model === model && link.parent === model)
    // A tree seeds its roots first, then rows pointing at them (the model's own rows join the pools).
    const roots = tree && count > 1 ? Math.ceil(count / 3) : count
    made[model] = await seedModel(context, order, model, roots)
    if (roots < count) made[model] += await seedModel(context, order, model, count - roots)
    logger.info(`${model}: ${made[model]} rows`)
  }
  const edges = await attachPivots(orm, session, order, options.edgesPerOwner)
  if (edges > 0) logger.info(`many-to-many: ${edges} edges`)
  return { counts: made, edges, broken }
}

/** One factory call for a model: keys pointing at every model seeded so far. Resolves the rows made. */
async function seedModel(context: SeedContext, order: readonly string[], model: string, count: number) {
  let factory = context.factory(model).count(count)
  for (const parent of order) {
    const pool = context.session.created(parent)
    if (pool.length > 0) factory = factory.recycle(pool as ModelBase[])
  }
  factory = oneToOne(context.orm, context.session, model, factory)
  await factory.create()
  return factory.description.count
}

function oneToOne(
  orm: SeedableOrm,
  session: SeedSession,
  model: string,
  factory: Factory<ModelCtor>,
): Factory<ModelCtor> {
  const links = oneToOneLinks(orm, model).filter((link) => session.created(link.target!).length > 0)
  if (links.length === 0) return factory
  const parents = links.map((link) => session.created(link.target!))
  const count = Math.min(factory.description.count, ...parents.map((list) => list.length))
  return factory.count(count).withRowAttributes((index) => {
    const row: Record<string, unknown> = {}
    for (const [at, link] of links.entries()) Object.assign(row, pointerTo(link, parents[at]![index]!))
    return row
  })
}
