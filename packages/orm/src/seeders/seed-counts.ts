import type { OrmContext } from '../context'

/**
 * Rows per model when neither `useSeeder` nor the caller says how many.
 *
 * @example
 * ```ts
 * const counts = seedCounts(orm.ctx, { defaultCount: DEFAULT_SEED_COUNT * 5 })
 * ```
 */
export const DEFAULT_SEED_COUNT = 10

/** `traits.useSeeder` of a model as written: `true`, `{ count }`, or absent/false (null). */
function useSeederOf(ctx: OrmContext, model: string): number | null {
  // Read from the raw definition: the normalized design does not carry the trait.
  const trait = ctx.entity(model).definition?.traits?.useSeeder
  if (trait === true) return DEFAULT_SEED_COUNT
  if (typeof trait === 'object' && trait !== null) {
    const count = (trait as { count?: unknown }).count
    return typeof count === 'number' && Number.isInteger(count) && count >= 0 ? count : DEFAULT_SEED_COUNT
  }
  return null
}

/**
 * How many rows of each model automatic seeding makes: the models with `useSeeder` (their count) when any
 * model has the trait, else every model (`defaultCount` each). `counts` overrides per model.
 *
 * @example
 * ```ts
 * const counts = seedCounts(orm.ctx, { counts: { Post: 100 } })
 * // Map { 'User' => 10, 'Post' => 100 }
 * ```
 */
export function seedCounts(
  ctx: OrmContext,
  options: { defaultCount?: number; counts?: Readonly<Record<string, number>> } = {},
): Map<string, number> {
  const withTrait = new Map<string, number>()
  for (const name of ctx.entityNames) {
    const count = useSeederOf(ctx, name)
    if (count !== null) withTrait.set(name, count)
  }
  const counts =
    withTrait.size > 0
      ? withTrait
      : new Map(ctx.entityNames.map((name) => [name, options.defaultCount ?? DEFAULT_SEED_COUNT]))
  for (const [name, count] of Object.entries(options.counts ?? {})) {
    ctx.entity(name)
    counts.set(name, count)
  }
  return counts
}
