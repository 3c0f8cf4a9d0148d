import type { Transaction, WritePlan } from '@dbtooling/orm'
import type { AttachIntent, DetachIntent } from '../intent/types'
import type { DriverOrm } from '../orm-handle'
import { modelClass } from './loose-query'
import { type WriteResult, writeResult } from './write-result'

interface EdgeRelation {
  attach(ids: unknown, attributes?: Readonly<Record<string, unknown>>): Promise<void>
  detach(ids?: unknown): Promise<number>
  relatedIds(): Promise<string[]>
  planAttach(ids: unknown, attributes?: Readonly<Record<string, unknown>>): WritePlan
  planDetach(ids: unknown): WritePlan
}

/**
 * Pivot rows through the owner's belongsToMany (or morphToMany) relation, as
 * `user.relation('roles').attach(...)` would write them (edge items and their inverted view). The owner
 * is addressed by key, without reading it. Inside `begin()` the edges are plans added to the ORM
 * transaction: they go out in its one TransactWriteItems, or not at all.
 */
export async function runPivot(
  orm: DriverOrm,
  intent: AttachIntent | DetachIntent,
  trx: Transaction | null,
): Promise<WriteResult> {
  if (intent.kind === 'detach') return detach(orm, intent, trx)
  for (const row of intent.rows) {
    const relation = edges(orm, intent, row.ownerId)
    if (trx) trx.addPlan(relation.planAttach(row.targetId, row.attributes))
    else await relation.attach(row.targetId, row.attributes)
  }
  return writeResult(intent.rows.length)
}

async function detach(orm: DriverOrm, intent: DetachIntent, trx: Transaction | null): Promise<WriteResult> {
  const relation = edges(orm, intent, intent.ownerId)
  if (!trx) return writeResult(await relation.detach(intent.targetIds ?? undefined))
  // Reads run now inside begin() (as a DELETE's matches do); the edge deletes wait for the commit.
  const ids = intent.targetIds ?? (await relation.relatedIds())
  trx.addPlan(relation.planDetach(ids))
  return writeResult(ids.length)
}

function edges(orm: DriverOrm, intent: AttachIntent | DetachIntent, ownerId: unknown): EdgeRelation {
  const entity = orm.design.entities[intent.owner]
  const key = entity?.primaryKey[0] ?? 'id'
  const Owner = modelClass(orm, intent.owner) as unknown as new (
    attributes: object,
  ) => {
    relation(name: string): EdgeRelation
  }
  return new Owner({ [key]: ownerId }).relation(intent.relation)
}
