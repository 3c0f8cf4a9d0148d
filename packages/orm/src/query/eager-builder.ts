import type { EagerInput, RelationConstraint } from '../loading/eager-spec'
import { addCounts, addFilter, addWith, withEager } from '../loading/eager-state'
import { ShapingBuilder } from './shaping-builder'

/**
 * Relation instructions for a query: what to eager load onto the results, which relation counts to add
 * and which results to keep by relation existence. Declared on the builder class itself (not merged in
 * by the loading module) so the published `.d.ts` carries them; the methods only record instructions on
 * the description, and the loading module performs them after a read (see `result-hooks.ts`).
 */
export abstract class EagerBuilder<A extends object, I extends string> extends ShapingBuilder<A, I> {
  /** Eager loads relations on the results: `with('posts')`, `with('posts.comments')`, `with({ posts: q => q.limit(5) })`. */
  with(...relations: EagerInput[]): this {
    return this.derive(addWith(this.description, relations))
  }

  /** Sets `<relation>Count` on each result (`getRelation('postsCount')`). */
  withCount(...relations: EagerInput[]): this {
    return this.derive(addCounts(this.description, relations))
  }

  /** Keeps results that have at least one related row (checked per result after reading). */
  has(relation: string): this {
    return this.#existence(relation, true, null)
  }

  /** Keeps results without any related row. */
  doesntHave(relation: string): this {
    return this.#existence(relation, false, null)
  }

  /** Keeps results with at least one related row matching `constraint`. */
  whereHas(relation: string, constraint?: RelationConstraint): this {
    return this.#existence(relation, true, constraint ?? null)
  }

  /** Keeps results without a related row matching `constraint`. */
  whereDoesntHave(relation: string, constraint?: RelationConstraint): this {
    return this.#existence(relation, false, constraint ?? null)
  }

  /** Relation queries in flight at once while eager loading (default 8). */
  eagerConcurrency(limit: number): this {
    return this.derive(withEager(this.description, { concurrency: Math.max(1, Math.floor(limit)) }))
  }

  #existence(relation: string, exists: boolean, constraint: RelationConstraint | null): this {
    return this.derive(addFilter(this.description, { relation, exists, constraint }))
  }
}
