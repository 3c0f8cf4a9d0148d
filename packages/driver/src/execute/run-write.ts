import type { Transaction } from '@dbtooling/orm'
import type { DeleteIntent, InsertIntent, UpdateIntent } from '../intent/types'
import type { DriverOrm, EntityOf } from '../orm-handle'
import { applyCondition } from './apply-condition'
import {
  type LooseModel,
  type LooseModelClass,
  type LooseQuery,
  type LooseTransaction,
  modelClass,
} from './loose-query'
import { type WriteResult, writeResult } from './write-result'

export type WriteIntent = InsertIntent | UpdateIntent | DeleteIntent

/**
 * Runs a write through the ORM. Outside a transaction: one row is `Model.create()`, several rows are one
 * TransactWriteItems (a multi-row INSERT is atomic in SQL too), UPDATE/DELETE are the query-level
 * `update()`/`delete()` of the matching items. Inside `begin()` every write joins the ORM transaction.
 */
export async function runWrite(
  orm: DriverOrm,
  intent: WriteIntent,
  trx: Transaction | null,
): Promise<WriteResult> {
  const model = modelClass(orm, intent.model)
  const entity = orm.design.entities[intent.model] as EntityOf
  if (intent.kind === 'insert') return insertRows(orm, model, entity, intent, trx)
  const query = intent.where ? applyCondition(model.query(), intent.where) : model.query()
  if (!trx) {
    const count = intent.kind === 'update' ? await query.update(intent.changes) : await query.delete()
    return writeResult(count)
  }
  return writeMatches(query, intent, trx)
}

async function insertRows(
  orm: DriverOrm,
  model: LooseModelClass,
  entity: EntityOf,
  intent: InsertIntent,
  trx: Transaction | null,
): Promise<WriteResult> {
  if (!trx && intent.rows.length === 1 && intent.rows[0]) {
    const created = await model.create(intent.rows[0])
    return writeResult(1, keyOf(entity, created))
  }
  const insertAll = async (collector: Transaction) => {
    let last: LooseModel | null = null
    for (const row of intent.rows) last = await loose(collector).create(model, row)
    return last
  }
  const last = trx ? await insertAll(trx) : await orm.transaction(insertAll)
  return writeResult(intent.rows.length, last ? keyOf(entity, last) : undefined)
}

async function writeMatches(query: LooseQuery, intent: UpdateIntent | DeleteIntent, trx: Transaction) {
  // Reads run now (a transaction's writes are only sent at commit); each match becomes one action.
  const matches = [...(await query.get())]
  for (const match of matches) {
    if (intent.kind === 'update') await loose(trx).update(match, intent.changes)
    else await loose(trx).delete(match)
  }
  return writeResult(matches.length)
}

/** The collector's methods take typed model classes; the driver's are known by name at run time only. */
function loose(trx: Transaction): LooseTransaction {
  return trx as unknown as LooseTransaction
}

function keyOf(entity: EntityOf, model: LooseModel): unknown {
  const fields = entity.primaryKey
  if (fields.length === 1 && fields[0]) return model.get(fields[0])
  return Object.fromEntries(fields.map((field) => [field, model.get(field)]))
}
