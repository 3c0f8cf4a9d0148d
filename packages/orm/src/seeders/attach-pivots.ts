import type { DocumentWriteRequest } from '@dbtooling/dynamo-client'
import type { PivotDesign, RelationDesign } from '@dbtooling/schema'
import { runBatchWrite } from '../batch/run-batch-write'
import { pickDistinct } from '../factories/attach-related'
import type { SeedSession } from '../factories/session'
import { edgeItem } from '../relations/pivot-items'
import type { SeedableOrm } from './seedable-orm'

const EDGE_KINDS = new Set(['belongsToMany', 'morphToMany', 'morphedByMany'])

/** Edge types are shared by both sides of a many-to-many: seed each from one side only. */
function edgeRelations(
  orm: SeedableOrm,
  models: readonly string[],
): { model: string; relation: RelationDesign }[] {
  const seen = new Set<string>()
  const out: { model: string; relation: RelationDesign }[] = []
  for (const model of models) {
    for (const relation of Object.values(orm.design.entities[model]!.relations)) {
      if (!EDGE_KINDS.has(relation.kind) || !relation.pivot) continue
      const key = `${relation.pivot.entityType}:${relation.morph?.typeValue ?? ''}`
      if (seen.has(key)) continue
      seen.add(key)
      out.push({ model, relation })
    }
  }
  return out
}

/** Pivot attributes named like timestamps get the reference date; others stay empty. */
function pivotValues(pivot: PivotDesign, session: SeedSession): Record<string, unknown> {
  const values: Record<string, unknown> = {}
  for (const name of pivot.attributes) if (/At$|_at$/.test(name)) values[name] = session.refDate.toISOString()
  return values
}

/**
 * Attaches seeded models to each other through every many-to-many relation: each owner gets up to
 * `perOwner` distinct related models picked from its own seeded stream. Returns the edges written.
 */
export async function attachPivots(
  orm: SeedableOrm,
  session: SeedSession,
  models: readonly string[],
  perOwner = 3,
): Promise<number> {
  const writes: DocumentWriteRequest[] = []
  for (const { model, relation } of edgeRelations(orm, models)) {
    const pivot = relation.pivot as PivotDesign
    const related = relation.target ? session.created(relation.target) : []
    if (related.length === 0) continue
    for (const owner of session.created(model)) {
      const ownerId = owner.$state.attributes[relation.localKey]
      const key = [model, relation.name, String(ownerId)]
      for (const target of pickDistinct(related, perOwner, session, key)) {
        const targetId = String(target.$state.attributes[target.$meta.entity.primaryKey[0]!])
        const item = edgeItem(orm.design, relation, pivot, ownerId, targetId, pivotValues(pivot, session))
        writes.push({ PutRequest: { Item: item } })
      }
    }
  }
  if (writes.length === 0) return 0
  let reported = 0
  await runBatchWrite(orm.ctx, writes, writes, {
    onProgress: ({ processed, total }) => {
      session.noteWritten('edges', processed, total, processed - reported)
      reported = processed
    },
  })
  return writes.length
}
