import type { SelectIntent } from '../intent/types'
import type { DriverOrm } from '../orm-handle'
import { applyCondition } from './apply-condition'
import { type LooseQuery, modelClass } from './loose-query'

export type Row = Record<string, unknown>

/** The ORM query a SELECT stands for: what `Model.query()...` would be when written by hand. */
export function selectQuery(orm: DriverOrm, intent: SelectIntent): LooseQuery {
  let query = modelClass(orm, intent.model).query()
  if (intent.where) query = applyCondition(query, intent.where)
  if (intent.columns) query = query.select(...intent.columns)
  if (intent.orderBy) query = query.orderBy(intent.orderBy.field, intent.orderBy.direction)
  if (intent.limit !== null && !intent.count) query = query.limit(intent.limit)
  if (intent.relations.length > 0) query = query.with(...intent.relations)
  return query
}

/** Runs a SELECT through the ORM; rows are the models' JSON (loaded relations nested by name). */
export async function runSelect(orm: DriverOrm, intent: SelectIntent): Promise<Row[]> {
  const query = selectQuery(orm, intent)
  if (intent.count) return [{ [intent.count.alias]: await query.count() }]
  if (intent.exists) return [{ [intent.exists.alias]: await query.exists() }]
  if (intent.limit === 1) {
    const first = await query.first()
    return first ? [first.toJSON()] : []
  }
  const rows: Row[] = []
  for (const model of await query.get()) rows.push(model.toJSON())
  return rows
}
