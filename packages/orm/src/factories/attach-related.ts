import type { DocumentWriteRequest } from '@dbtooling/dynamo-client'
import type { PivotDesign } from '@dbtooling/schema'
import { runBatchWrite } from '../batch/run-batch-write'
import type { ModelBase } from '../model/model-base'
import { edgeItem } from '../relations/pivot-items'
import type { ModelCtor } from '../write-ops/types'
import { createRows } from './create-rows'
import type { AttachedEntry, FactoryDescription, Row } from './factory-types'
import { isFactory, withRecycle } from './nesting'
import { findRelation } from './relation-links'
import type { SeedSession } from './session'

const EDGE_KINDS = ['belongsToMany', 'morphToMany', 'morphedByMany'] as const

function idOf(model: ModelBase): string {
  return String(model.$state.attributes[model.$meta.entity.primaryKey[0]!])
}

/** `count` distinct models of the pool for one parent, picked from the parent's own stream. */
export function pickDistinct(
  pool: readonly ModelBase[],
  count: number,
  session: SeedSession,
  key: string[],
): ModelBase[] {
  const random = session.random.at(session.seed, ...key)
  const indexes = pool.map((_, index) => index)
  const picked: ModelBase[] = []
  for (let i = 0; i < Math.min(count, pool.length); i++) {
    const at = i + random.int(indexes.length - i)
    ;[indexes[i], indexes[at]] = [indexes[at]!, indexes[i]!]
    picked.push(pool[indexes[i]!]!)
  }
  return picked
}

/** DynamoDB has no date type: Dates in pivot attributes are stored as ISO text, as model datetimes are. */
function storable(attributes: Readonly<Row>): Row {
  const out: Row = {}
  for (const [name, value] of Object.entries(attributes))
    out[name] = value instanceof Date ? value.toISOString() : value
  return out
}

async function relatedPerParent(
  description: FactoryDescription,
  parents: readonly ModelBase[],
  entry: AttachedEntry,
  relation: string,
  session: SeedSession,
): Promise<ModelBase[][]> {
  const related = entry.related
  if (!isFactory(related)) return parents.map(() => [...related])
  const name = (related.description.model as ModelCtor).modelName
  const count = related.description.count
  const pool = description.recycle.get(name)
  if (pool?.length) {
    return parents.map((parent) =>
      pickDistinct(pool, count, session, [parent.$meta.name, relation, idOf(parent)]),
    )
  }
  const nested = withRecycle(related.description, description)
  const created = await createRows({ ...nested, count: count * parents.length }, session)
  return parents.map((_, index) => created.slice(index * count, (index + 1) * count))
}

/** `hasAttached`: related models (made per parent, recycled or given) and one edge item per pair, pivot attributes on it. */
export async function attachRelated(
  description: FactoryDescription,
  parents: readonly ModelBase[],
  entry: AttachedEntry,
  session: SeedSession,
): Promise<void> {
  if (parents.length === 0) return
  const meta = parents[0]!.$meta
  const relatedName = isFactory(entry.related)
    ? (entry.related.description.model as ModelCtor).modelName
    : (entry.related[0]?.$meta.name ?? '')
  if (relatedName === '') return
  const relation = findRelation(meta, EDGE_KINDS, relatedName, entry.relation)
  const perParent = await relatedPerParent(description, parents, entry, relation.name, session)
  const ctx = parents[0]!.$ctx
  const faker = await session.faker()
  const writes: DocumentWriteRequest[] = []
  parents.forEach((parent, p) => {
    const parentId = parent.$state.attributes[relation.localKey]
    perParent[p]!.forEach((related, index) => {
      session.random.at(session.seed, meta.name, relation.name, idOf(parent), idOf(related))
      const pivot =
        typeof entry.pivot === 'function' ? entry.pivot({ parent, related, faker, index }) : entry.pivot
      const item = edgeItem(
        ctx.design,
        relation,
        relation.pivot as PivotDesign,
        parentId,
        idOf(related),
        storable(pivot),
      )
      writes.push({ PutRequest: { Item: item } })
    })
  })
  let reported = 0
  await runBatchWrite(ctx, writes, writes, {
    onProgress: ({ processed, total }) => {
      session.noteWritten(`${meta.name}.${relation.name}`, processed, total, processed - reported)
      reported = processed
    },
  })
}
