import type { AttributeMap } from '@dbtooling/dynamo-client'
import type { EntityDesign } from '@dbtooling/schema'
import { batchPut } from '../batch/batch-write'
import { batchWrite } from '../batch/write-entries'
import type { OrmHandle } from '../orm/default-orm'
import { upsert } from '../write-ops/upsert'
import type { TransferSource } from './export-table'
import { type ImportModel, rowToModelAttributes } from './model-rows'
import type { SourceRow } from './read-rows'

/** A row ready to write: a whole wire item (no model), or a model's validated attributes. */
export type AcceptedRow = { readonly item: AttributeMap } | { readonly attributes: Record<string, unknown> }

export interface ResolvedImportModel {
  readonly entity: EntityDesign
  readonly Model: ImportModel
}

export function resolveModel(target: OrmHandle, name: string): ResolvedImportModel {
  return {
    entity: target.ctx.entity(name).design,
    Model: target.ctx.models.classFor(name) as unknown as ImportModel,
  }
}

/** A whole item written as it is (no model): it must carry the table's key attributes. */
export function acceptItem(row: SourceRow, target: TransferSource): AcceptedRow | string {
  if ('error' in row) return row.error.message
  if (!('item' in row)) return 'a row without a model must be a whole item'
  const { partitionKey, sortKey } = target.design
  for (const key of [partitionKey, sortKey]) {
    const value = row.item[key]
    if (!value || !('S' in value)) return `missing the table key attribute "${key}" (a string)`
  }
  return { item: row.item }
}

/** The row as the model's validated attributes, or the reason it is rejected. */
export async function acceptModelRow(
  row: SourceRow,
  model: ResolvedImportModel,
  target: TransferSource,
  context: { readonly file: string; readonly columns?: Readonly<Record<string, string>> },
): Promise<AcceptedRow | string> {
  if ('error' in row) return row.error.message
  try {
    const attributes = await rowToModelAttributes(row, model.entity, model.Model, {
      file: context.file,
      columns: context.columns ?? {},
      entityTypeAttribute: target.design.entityTypeAttribute,
    })
    return { attributes }
  } catch (error) {
    return (error as Error).message
  }
}

/** Writes the rows of one request (up to 25 puts, or one row with unique guards); resolves the rows written. */
export async function writeRows(
  target: TransferSource & OrmHandle,
  model: ResolvedImportModel | null,
  rows: readonly AcceptedRow[],
): Promise<number> {
  if (!model) {
    const writes = rows.map((r) => ({ PutRequest: { Item: (r as { item: AttributeMap }).item } }))
    const out = await target.client.batchWriteAll({ RequestItems: { [target.tableName]: writes } })
    return out.written
  }
  const attributes = rows.map((r) => (r as { attributes: Record<string, unknown> }).attributes)
  const ModelClass = model.Model as never
  if (model.entity.uniqueGuards.length > 0) {
    // Guard items need transactions: one upsert per row (idempotent: the guard already names this item).
    for (const row of attributes) await upsert(ModelClass, row as never)
    return attributes.length
  }
  await batchWrite(
    target,
    attributes.map((row) => batchPut(ModelClass, row as never)),
  )
  return attributes.length
}
