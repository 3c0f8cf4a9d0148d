import { marshall } from '@dbtooling/dynamo-client'
import type { PivotDesign, RelationDesign } from '@dbtooling/schema'
import type { OrmContext } from '../context'
import type { ModelBase } from '../model/model-base'
import type { BelongsToMany, PivotInput, SyncResult } from './belongs-to-many'
import { RelationError } from './errors'
import { normalize } from './pivot-input'
import { edgeItem, edgeKey, pivotAttributes, relatedField } from './pivot-items'

type Attributes = Record<string, unknown>
/** The reads and writes of the relation that sync and toggle are made of. */
type EdgeHandle = Pick<BelongsToMany<unknown>, 'edges' | 'relatedIds' | 'attach' | 'detach'>

/** The edges of one parent through one relation: what every edge write needs. */
export interface EdgeTarget {
  readonly ctx: OrmContext
  readonly parent: ModelBase
  readonly relation: RelationDesign
  readonly pivot: PivotDesign
  readonly parentId: unknown
}

/** `attach`: PutItem for one edge, BatchWriteItem in chunks of 25 for more; existing edges are overwritten. */
export async function attachEdges(
  target: EdgeTarget,
  ids: PivotInput,
  attributes: Readonly<Attributes>,
): Promise<void> {
  const { ctx, relation, pivot, parentId } = target
  const items = [...normalize(ids, attributes)].map(([id, extra]) =>
    edgeItem(ctx.design, relation, pivot, parentId, id, extra),
  )
  await writeEdges(
    ctx,
    items.map((item) => ({ PutRequest: { Item: marshall(item) } })),
  )
}

/** `detach`: deletes the edges to `ids`, or every edge of the parent when `ids` is omitted. */
export async function detachEdges(target: EdgeTarget, handle: EdgeHandle, ids?: PivotInput): Promise<number> {
  const { ctx, relation, pivot, parentId } = target
  const list = ids === undefined ? await handle.relatedIds() : [...normalize(ids).keys()]
  const keys = list.map((id) => edgeKey(ctx.design, relation, pivot, parentId, id))
  await writeEdges(
    ctx,
    keys.map((key) => ({ DeleteRequest: { Key: marshall(key) } })),
  )
  return keys.length
}

/** `sync`: attaches new ids, detaches the others (when `detaching`), updates changed pivot attributes. */
export async function syncEdges(
  target: EdgeTarget,
  handle: EdgeHandle,
  ids: PivotInput,
  detaching: boolean,
): Promise<SyncResult> {
  const wanted = normalize(ids)
  const field = relatedField(target.relation, target.pivot)
  const current = new Map((await handle.edges()).map((edge) => [String(edge[field]), edge]))
  const result: SyncResult = { attached: [], detached: [], updated: [] }
  const attach: Record<string, Attributes> = {}
  for (const [id, extra] of wanted) {
    const edge = current.get(id)
    if (!edge) result.attached.push(id)
    else if (Object.entries(extra).some(([k, v]) => edge[k] !== v)) result.updated.push(id)
    else continue
    attach[id] = { ...(edge ? pivotAttributes(target.pivot, edge) : {}), ...extra }
  }
  if (detaching) for (const id of current.keys()) if (!wanted.has(id)) result.detached.push(id)
  if (Object.keys(attach).length > 0) await handle.attach(attach)
  if (result.detached.length > 0) await handle.detach(result.detached)
  return result
}

/** `toggle`: detaches the given ids that are attached, attaches the others. */
export async function toggleEdges(
  handle: EdgeHandle,
  ids: PivotInput,
): Promise<{ attached: string[]; detached: string[] }> {
  const wanted = normalize(ids)
  const current = new Set(await handle.relatedIds())
  const detached = [...wanted.keys()].filter((id) => current.has(id))
  const attach: Record<string, Attributes> = {}
  for (const [id, extra] of wanted) if (!current.has(id)) attach[id] = extra
  if (Object.keys(attach).length > 0) await handle.attach(attach)
  if (detached.length > 0) await handle.detach(detached)
  return { attached: Object.keys(attach), detached }
}

/** `updateExistingPivot`: one UpdateItem conditioned on the edge existing (else PIVOT_NOT_FOUND). */
export async function updatePivot(
  target: EdgeTarget,
  id: unknown,
  attributes: Readonly<Attributes>,
): Promise<void> {
  const { ctx, parent, relation, pivot, parentId } = target
  const key = edgeKey(ctx.design, relation, pivot, parentId, id)
  const names: Record<string, string> = { '#pk': ctx.design.partitionKey }
  const values: Record<string, unknown> = {}
  const sets: string[] = []
  for (const [index, name] of pivot.attributes.entries()) {
    if (attributes[name] === undefined) continue
    names[`#a${index}`] = name
    values[`:a${index}`] = attributes[name]
    sets.push(`#a${index} = :a${index}`)
  }
  if (sets.length === 0) return
  try {
    await ctx.doc.update({
      TableName: ctx.tableName,
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
      `${parent.$meta.name}.${relation.name}: ${String(id)} is not attached`,
      {
        hint: 'attach() it first',
        entity: parent.$meta.name,
        relation: relation.name,
        cause: error,
      },
    )
  }
}

async function writeEdges(ctx: OrmContext, requests: Array<Record<string, unknown>>): Promise<void> {
  if (requests.length === 0) return
  await ctx.client.batchWriteAll({ RequestItems: { [ctx.tableName]: requests } as never })
}
