import { DriverError } from '../errors'
import type { AttachIntent, DetachIntent } from '../intent/types'
import type { DriverOrm } from '../orm-handle'
import { modelClass } from './loose-query'
import { type WriteResult, writeResult } from './write-result'

interface EdgeRelation {
  attach(ids: unknown, attributes?: Readonly<Record<string, unknown>>): Promise<void>
  detach(ids?: unknown): Promise<number>
}

/**
 * Pivot rows through the owner's belongsToMany relation, as `user.relation('roles').attach(...)` would
 * write them (edge items and their inverted view). The owner is addressed by key, without reading it.
 */
export async function runPivot(orm: DriverOrm, intent: AttachIntent | DetachIntent, inTransaction: boolean) {
  if (inTransaction) throw pivotInTransaction(intent)
  if (intent.kind === 'detach') {
    const count = await edges(orm, intent, intent.ownerId).detach(intent.targetIds ?? undefined)
    return writeResult(count)
  }
  for (const row of intent.rows) await edges(orm, intent, row.ownerId).attach(row.targetId, row.attributes)
  return writeResult(intent.rows.length) as WriteResult
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

function pivotInTransaction(intent: AttachIntent | DetachIntent): DriverError {
  return new DriverError(
    'UNSUPPORTED_STATEMENT',
    `${intent.owner}.${intent.relation} edges cannot join a transaction`,
    {
      hint: 'write pivot rows outside begin()/transaction(); the ORM attaches edges with PutItem/BatchWriteItem',
    },
  )
}
