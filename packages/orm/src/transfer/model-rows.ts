import { createHash } from 'node:crypto'
import { type AttributeMap, unmarshall } from '@dbtooling/dynamo-client'
import type { EntityDesign } from '@dbtooling/schema'
import type { ModelBase } from '../model/model-base'
import { validateModel } from '../model/validate'
import { rowToAttributes } from './csv-columns'
import type { SourceRow } from './read-rows'
import { TransferError } from './transfer-error'

/** A model class as the import uses it (construct, fill, validate). */
export type ImportModel = new () => ModelBase

/**
 * A source row as the model's attributes, validated by the model before anything is written. A row
 * without its primary key gets one derived from the file and line, so re-running the import writes the
 * same items again instead of new ones.
 */
export async function rowToModelAttributes(
  row: Exclude<SourceRow, { error: TransferError }>,
  entity: EntityDesign,
  Model: ImportModel,
  context: {
    readonly file: string
    readonly columns: Readonly<Record<string, string>>
    readonly entityTypeAttribute: string
  },
): Promise<Record<string, unknown>> {
  const attributes =
    'record' in row
      ? rowToAttributes(row.record, entity.attributes, context.columns)
      : itemAttributes(row.item, entity, context.entityTypeAttribute)
  for (const field of entity.primaryKey) {
    if (attributes[field] === undefined || attributes[field] === '')
      attributes[field] = stableId(context.file, row.line, field)
  }
  const model = new Model().forceFill(attributes)
  await validateModel(model, 'create')
  return attributes
}

function itemAttributes(
  item: AttributeMap,
  entity: EntityDesign,
  entityTypeAttribute: string,
): Record<string, unknown> {
  const plain = unmarshall(item)
  const type = plain[entityTypeAttribute]
  if (type !== undefined && type !== entity.name) {
    throw new TransferError(
      'UNKNOWN_MODEL_IN_ROW',
      `the row is a ${String(type)}, not a ${entity.name}`,
      `import it with model: '${String(type)}', or without a model`,
    )
  }
  const out: Record<string, unknown> = {}
  for (const name of Object.keys(entity.attributes)) if (plain[name] !== undefined) out[name] = plain[name]
  for (const name of entity.primaryKey) if (plain[name] !== undefined) out[name] = plain[name]
  return out
}

/** A uuid-shaped id from the file name and line: the same row always gets the same id. */
export function stableId(file: string, line: number, field: string): string {
  const hex = createHash('sha256')
    .update(`${file.slice(file.lastIndexOf('/') + 1)}\n${line}\n${field}`)
    .digest('hex')
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`
}
