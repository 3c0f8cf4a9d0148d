import type { EagerInput, RelationConstraint } from '../loading/eager-spec'
import { addCounts, addFilter, addWith, withEager } from '../loading/eager-state'
import { ShapingBuilder } from './shaping-builder'

/** The relation names among paths (`'tasks'` of `'tasks' | 'tasks.comments'`); any string stays any string. */
type TopLevel<P extends string> = string extends P ? string : Exclude<P, `${string}.${string}`>

/**
 * Relation instructions for a query: what to eager load onto the results, which relation counts to add
 * and which results to keep by relation existence. Declared on the builder class itself (not merged in
 * by the loading module) so the published `.d.ts` carries them; the methods only record instructions on
 * the description, and the loading module performs them after a read (see `result-hooks.ts`).
 * `P` is the relation paths the model allows (`RelationPath`): a misspelt relation does not compile.
 * Counts and existence filters read one relation of each result, so they take top-level names only.
 */
export abstract class EagerBuilder<
  A extends object,
  I extends string,
  P extends string = string,
> extends ShapingBuilder<A, I> {
  /** Eager loads relations on the results: `with('posts')`, `with('posts.comments')`, `with({ posts: q => q.limit(5) })`. */
  with(...relations: EagerInput<P>[]): this {
    return this.derive(addWith(this.description, relations))
  }

  /** Sets `<relation>Count` on each result (`getRelation('postsCount')`). */
  withCount(...relations: EagerInput<TopLevel<P>>[]): this {
    return this.derive(addCounts(this.description, relations))
  }

  /** Keeps results that have at least one related row (checked per result after reading). */
  has(relation: TopLevel<P>): this {
    return this.#existence(relation, true, null)
  }

  /** Keeps results without any related row. */
  doesntHave(relation: TopLevel<P>): this {
    return this.#existence(relation, false, null)
  }

  /** Keeps results with at least one related row matching `constraint`. */
  whereHas(relation: TopLevel<P>, constraint?: RelationConstraint): this {
    return this.#existence(relation, true, constraint ?? null)
  }

  /** Keeps results without a related row matching `constraint`. */
  whereDoesntHave(relation: TopLevel<P>, constraint?: RelationConstraint): this {
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
