import { marshall } from '@dbtooling/dynamo-client'
import type { PivotDesign, RelationDesign } from '@dbtooling/schema'
import type { OrmContext } from '../context'
import type { ModelBase } from '../model/model-base'
import { ResultCollection } from '../query/execute/results'
import { emptyStats } from '../query/execute/stats'
import type { WritePlan } from '../write/plan'
import { planEdgeWrites } from './edge-plan'
import { RelationError } from './errors'
import { edgeItem, edgeKey, pivotAttributes, relatedField } from './pivot-items'
import { attributesOf, expectKind, localValue } from './resolve'
import { loadManyToMany, readEdges } from './runners'

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

function normalize(ids: PivotInput, attributes: Readonly<Attributes> = {}): Map<string, Attributes> {
  const out = new Map<string, Attributes>()
  if (Array.isArray(ids)) for (const id of ids) out.set(String(id), { ...attributes })
  else if (typeof ids === 'object' && ids !== null) {
    for (const [id, extra] of Object.entries(ids as Record<string, Attributes>))
      out.set(id, { ...attributes, ...extra })
  } else out.set(String(ids), { ...attributes })
  return out
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
    const parentId = this.#parentId
    const items = [...normalize(ids, attributes)].map(([id, extra]) =>
      edgeItem(this.#ctx.design, this.#relation, this.#pivot, parentId, id, extra),
    )
    await this.#write(items.map((item) => ({ PutRequest: { Item: marshall(item) } })))
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
    const parentId = this.#parentId
    const list = ids === undefined ? await this.relatedIds() : [...normalize(ids).keys()]
    const keys = list.map((id) => edgeKey(this.#ctx.design, this.#relation, this.#pivot, parentId, id))
    await this.#write(keys.map((key) => ({ DeleteRequest: { Key: marshall(key) } })))
    return keys.length
  }

  /** Makes the edges exactly `ids`: attaches new ones, detaches others, updates changed pivot attributes. */
  async sync(ids: PivotInput, detaching = true): Promise<SyncResult> {
    const wanted = normalize(ids)
    const field = relatedField(this.#relation, this.#pivot)
    const current = new Map((await this.edges()).map((edge) => [String(edge[field]), edge]))
    const result: SyncResult = { attached: [], detached: [], updated: [] }
    const attach: Record<string, Attributes> = {}
    for (const [id, extra] of wanted) {
      const edge = current.get(id)
      if (!edge) result.attached.push(id)
      else if (Object.entries(extra).some(([k, v]) => edge[k] !== v)) result.updated.push(id)
      else continue
      attach[id] = { ...(edge ? pivotAttributes(this.#pivot, edge) : {}), ...extra }
    }
    if (detaching) for (const id of current.keys()) if (!wanted.has(id)) result.detached.push(id)
    if (Object.keys(attach).length > 0) await this.attach(attach)
    if (result.detached.length > 0) await this.detach(result.detached)
    return result
  }

  /** `sync` without detaching. */
  syncWithoutDetaching(ids: PivotInput): Promise<SyncResult> {
    return this.sync(ids, false)
  }

  /** Detaches the given ids that are attached, attaches the others. */
  async toggle(ids: PivotInput): Promise<{ attached: string[]; detached: string[] }> {
    const wanted = normalize(ids)
    const current = new Set(await this.relatedIds())
    const detached = [...wanted.keys()].filter((id) => current.has(id))
    const attach: Record<string, Attributes> = {}
    for (const [id, extra] of wanted) if (!current.has(id)) attach[id] = extra
    if (Object.keys(attach).length > 0) await this.attach(attach)
    if (detached.length > 0) await this.detach(detached)
    return { attached: Object.keys(attach), detached }
  }

  /** Updates pivot attributes of an existing edge (UpdateItem; fails with PIVOT_NOT_FOUND when not attached). */
  async updateExistingPivot(id: unknown, attributes: Readonly<Attributes>): Promise<void> {
    const key = edgeKey(this.#ctx.design, this.#relation, this.#pivot, this.#parentId, id)
    const names: Record<string, string> = { '#pk': this.#ctx.design.partitionKey }
    const values: Record<string, unknown> = {}
    const sets: string[] = []
    for (const [index, name] of this.#pivot.attributes.entries()) {
      if (attributes[name] === undefined) continue
      names[`#a${index}`] = name
      values[`:a${index}`] = attributes[name]
      sets.push(`#a${index} = :a${index}`)
    }
    if (sets.length === 0) return
    try {
      await this.#ctx.doc.update({
        TableName: this.#ctx.tableName,
        Key: key,
        UpdateExpression: `SET ${sets.join(', ')}`,
        ConditionExpression: 'attribute_exists(#pk)',
        ExpressionAttributeNames: names,
        ExpressionAttributeValues: values,
      })
    } catch (error) {
      if ((error as { code?: string }).code !== 'ConditionalCheckFailedException') throw error
      throw new RelationError(
        'PIVOT_NOT_FOUND',
        `${this.#parent.$meta.name}.${this.#relation.name}: ${String(id)} is not attached`,
        {
          hint: 'attach() it first',
          entity: this.#parent.$meta.name,
          relation: this.#relation.name,
          cause: error,
        },
      )
    }
  }

  async #write(requests: Array<Record<string, unknown>>): Promise<void> {
    if (requests.length === 0) return
    await this.#ctx.client.batchWriteAll({
      RequestItems: { [this.#ctx.tableName]: requests } as never,
    })
  }
}
