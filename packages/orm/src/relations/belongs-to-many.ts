import type { PivotDesign, RelationDesign } from '@dbtooling/schema'
import type { OrmContext } from '../context'
import type { ModelBase } from '../model/model-base'
import { ResultCollection } from '../query/execute/results'
import { emptyStats } from '../query/execute/stats'
import type { WritePlan } from '../write/plan'
import { planEdgeWrites } from './edge-plan'
import type { EdgeTarget } from './edge-writes'
import { normalize } from './pivot-input'
import { relatedField } from './pivot-items'
import { attributesOf, expectKind, localValue } from './resolve'
import {
  attachEdges,
  detachEdges,
  loadManyToMany,
  readEdges,
  syncEdges,
  toggleEdges,
  updatePivot,
} from './runners'

type Attributes = Record<string, unknown>
/**
 * Related ids: one id, a list of ids, or ids mapped to pivot attributes (`{ admin: { level: 3 } }`).
 *
 * @example
 * ```ts
 * const ids: PivotInput = { admin: { level: 3 }, editor: {} }
 * await user.relation('roles').attach(ids)
 * ```
 */
export type PivotInput = unknown | readonly unknown[] | Readonly<Record<string, Attributes>>

/**
 * What `sync()` changed: the related ids attached, detached and whose pivot attributes were updated.
 *
 * @example
 * ```ts
 * const result: SyncResult = await user.relation('roles').sync(['admin', 'viewer'])
 * console.log(result.attached, result.detached, result.updated)
 * ```
 */
export interface SyncResult {
  attached: string[]
  detached: string[]
  updated: string[]
}

/** Relation kinds stored as edge items: many-to-many, and its polymorphic forms. */
export const EDGE_KINDS = ['belongsToMany', 'morphToMany', 'morphedByMany'] as const

/**
 * Related models through edge items, plus the edge writes (`attach`, `detach`, `sync`, `toggle`...), for
 * belongsToMany and for morphToMany/morphedByMany, whose edges also carry the tagged model's type.
 *
 * @example
 * ```ts
 * const roles = user.relation('roles') // BelongsToMany
 * await roles.attach(['admin', 'editor'])
 * await roles.sync({ admin: { level: 3 } })
 * const list = await roles.get()
 * ```
 */
export class BelongsToMany<M = ModelBase> {
  readonly #ctx: OrmContext
  readonly #relation: RelationDesign
  readonly #pivot: PivotDesign
  readonly #parent: ModelBase

  constructor(parent: ModelBase, relation: RelationDesign) {
    expectKind(parent.$meta.name, relation, EDGE_KINDS)
    this.#ctx = parent.$ctx
    this.#parent = parent
    this.#relation = relation
    this.#pivot = relation.pivot as PivotDesign
  }

  get #parentId(): unknown {
    return localValue(this.#parent, this.#relation)
  }

  /** Edge items of the parent (one Query), raw: ids and pivot attributes. */
  edges(): Promise<Attributes[]> {
    this.#parentId
    return readEdges(this.#ctx, this.#relation, attributesOf(this.#parent))
  }

  /** Ids of the related models (one Query). */
  async relatedIds(): Promise<string[]> {
    const field = relatedField(this.#relation, this.#pivot)
    return (await this.edges()).map((edge) => String(edge[field]))
  }

  /**
   * Related models with `pivotOf(model)` set, as a `ResultCollection` like a hasMany read: one Query for
   * the edges (its pages, items read and capacity in `meta`), one BatchGetItem per 100 models.
   */
  async get(): Promise<ResultCollection<M>> {
    this.#parentId
    const stats = emptyStats('Query', this.#relation.access.index)
    const [loaded] = await loadManyToMany(this.#ctx, [this.#parent], this.#relation, async () => [
      await readEdges(this.#ctx, this.#relation, attributesOf(this.#parent), stats),
    ])
    // Rows hydrate into the target's registered class; `M` is that class's instance type.
    const models = (loaded ?? []) as M[]
    stats.count = models.length
    return new ResultCollection(Object.freeze(models), stats)
  }

  /** Writes edges (PutItem for one, BatchWriteItem in chunks of 25 for more); existing edges are overwritten. */
  async attach(ids: PivotInput, attributes: Readonly<Attributes> = {}): Promise<void> {
    await attachEdges(this.#target(), ids, attributes)
  }

  /**
   * `attach()` as a plan for a transaction: `trx.addPlan(user.relation('roles').planAttach('r1'))` puts
   * the edges in the transaction's one TransactWriteItems, with its other writes.
   */
  planAttach(ids: PivotInput, attributes: Readonly<Attributes> = {}): WritePlan {
    return planEdgeWrites(this.#ctx, this.#parent.$meta.name, this.#relation, this.#parentId, {
      attach: normalize(ids, attributes),
    })
  }

  /** `detach(ids)` as a plan for a transaction; the ids are required (building a plan reads nothing). */
  planDetach(ids: PivotInput): WritePlan {
    return planEdgeWrites(this.#ctx, this.#parent.$meta.name, this.#relation, this.#parentId, {
      detach: [...normalize(ids).keys()],
    })
  }

  /** Deletes the edges to `ids`, or every edge of the parent when `ids` is omitted; returns how many. */
  async detach(ids?: PivotInput): Promise<number> {
    return detachEdges(this.#target(), this, ids)
  }

  /** Makes the edges exactly `ids`: attaches new ones, detaches others, updates changed pivot attributes. */
  async sync(ids: PivotInput, detaching = true): Promise<SyncResult> {
    return syncEdges(this.#target(), this, ids, detaching)
  }

  /** `sync` without detaching. */
  syncWithoutDetaching(ids: PivotInput): Promise<SyncResult> {
    return this.sync(ids, false)
  }

  /** Detaches the given ids that are attached, attaches the others. */
  async toggle(ids: PivotInput): Promise<{ attached: string[]; detached: string[] }> {
    return toggleEdges(this, ids)
  }

  /** Updates pivot attributes of an existing edge (UpdateItem; fails with PIVOT_NOT_FOUND when not attached). */
  async updateExistingPivot(id: unknown, attributes: Readonly<Attributes>): Promise<void> {
    await updatePivot(this.#target(), id, attributes)
  }

  /** What the edge writes work on; reading the parent's id first fails as the methods always did. */
  #target(): EdgeTarget {
    const parentId = this.#parentId
    return { ctx: this.#ctx, parent: this.#parent, relation: this.#relation, pivot: this.#pivot, parentId }
  }
}
