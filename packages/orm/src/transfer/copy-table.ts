import type { AttributeMap } from '@dbtooling/dynamo-client'
import { unmarshall } from '@dbtooling/dynamo-client'
import { batchPut } from '../batch/batch-write'
import { batchWrite } from '../batch/write-entries'
import type { OrmHandle } from '../orm/default-orm'
import { upsert } from '../write-ops/upsert'
import { Anonymiser, type AttributeTransform } from './anonymise'
import type { TransferSource } from './export-table'
import { scanFilter } from './scan-filter'
import { TransferError } from './transfer-error'

/**
 * Options of `copyTable`: which items (entity types, key prefix), how many scan segments, and the transforms
 * that anonymise attributes per model (with the `secret` of the `hash` and `fake` rules).
 *
 * @example
 * ```ts
 * const options: CopyOptions = { entityTypes: ['User'], transforms: { User: { email: 'fake' } }, secret }
 * await copyTable(production, local, options)
 * ```
 */
export interface CopyOptions {
  readonly entityTypes?: readonly string[]
  readonly keyPrefix?: string
  readonly segments?: number
  /**
   * Per model, per attribute: `fake`, `hash`, `redact`, `null` or a function. Items of a transformed model
   * are rewritten through the target's model (keys, index keys and unique guards from the new values);
   * everything else is copied as it is.
   */
  readonly transforms?: Readonly<Record<string, Readonly<Record<string, AttributeTransform>>>>
  /** Key of the `hash` and `fake` rules (HMAC): the same secret gives the same output on every run. */
  readonly secret?: string
  readonly onProgress?: (progress: { readonly read: number; readonly written: number }) => void
}

/**
 * What `copyTable` did: items read and written, how many were rewritten through their model, and how many
 * unique-guard items were rebuilt from the new values.
 *
 * @example
 * ```ts
 * const result: CopyResult = await copyTable(production, local)
 * // { read: 120, written: 120, transformed: 0, guardsRebuilt: 0 }
 * ```
 */
export interface CopyResult {
  readonly read: number
  readonly written: number
  /** Items rewritten through their model (transformed). */
  readonly transformed: number
  /** Unique-guard items of transformed models, rebuilt from the new values instead of copied. */
  readonly guardsRebuilt: number
}

type Target = TransferSource & OrmHandle

/**
 * Copies a table, or a selection, between tables, regions or endpoints (AWS to DynamoDB Local, production
 * to staging), anonymising attributes on the way.
 */
export async function copyTable(
  from: TransferSource,
  to: Target,
  options: CopyOptions = {},
): Promise<CopyResult> {
  const transforms = options.transforms ?? {}
  checkTransforms(to, transforms)
  const anonymiser = Object.keys(transforms).length > 0 ? new Anonymiser(options.secret ?? '') : null
  await anonymiser?.ready(Object.values(transforms).flatMap((t) => Object.values(t)))
  const { design } = from
  const guardPrefixes = Object.keys(transforms).flatMap((model) =>
    (design.entities[model]?.uniqueGuards ?? []).map((guard) =>
      guard.template.slice(0, guard.template.indexOf('{')),
    ),
  )
  const input = {
    TableName: from.tableName,
    ...scanFilter(
      {
        ...(options.entityTypes ? { entityTypes: options.entityTypes } : {}),
        ...(options.keyPrefix ? { keyPrefix: options.keyPrefix } : {}),
      },
      { entityType: design.entityTypeAttribute, partitionKey: design.partitionKey },
    ),
  }
  const counts = { read: 0, written: 0, transformed: 0, guardsRebuilt: 0 }
  for await (const page of from.client.parallelScan(input, { segments: options.segments ?? 1 })) {
    const raw: AttributeMap[] = []
    const rewrites: Array<{ model: string; attributes: Record<string, unknown> }> = []
    for (const item of (page.Items ?? []) as AttributeMap[]) {
      counts.read += 1
      const pk = item[design.partitionKey]
      if (pk && 'S' in pk && guardPrefixes.some((p) => pk.S.startsWith(p))) {
        counts.guardsRebuilt += 1
        continue
      }
      const type = item[design.entityTypeAttribute]
      const model = type && 'S' in type ? type.S : null
      const rules = model ? transforms[model] : undefined
      if (model && rules && anonymiser) {
        const attributes = anonymiser.apply(
          model,
          unmarshall(item),
          rules,
          to.design.entities[model]?.attributes ?? {},
        )
        rewrites.push({ model, attributes: modelAttributes(to, model, attributes) })
      } else raw.push(item)
    }
    if (raw.length > 0) {
      const out = await to.client.batchWriteAll({
        RequestItems: { [to.tableName]: raw.map((Item) => ({ PutRequest: { Item } })) },
      })
      counts.written += out.written
    }
    counts.transformed += await writeRewrites(to, rewrites)
    counts.written += rewrites.length
    options.onProgress?.({ read: counts.read, written: counts.written })
  }
  return counts
}

/** Keys must keep their values, or relations and item collections would point nowhere. */
function checkTransforms(to: Target, transforms: NonNullable<CopyOptions['transforms']>): void {
  for (const [model, rules] of Object.entries(transforms)) {
    const entity = to.design.entities[model]
    if (!entity) {
      throw new TransferError(
        'UNKNOWN_MODEL_IN_ROW',
        `transforms name the model ${model}, which the target design lacks`,
        `models: ${Object.keys(to.design.entities).join(', ')}`,
      )
    }
    const keyFields = new Set([...entity.primaryKey, ...entity.partitionKey.fields, ...entity.sortKey.fields])
    for (const attribute of Object.keys(rules)) {
      if (keyFields.has(attribute)) {
        throw new TransferError(
          'INVALID_TRANSFER_OPTIONS',
          `${model}.${attribute} is part of the item's key: transforming it would break relations`,
          'anonymise attributes that are not keys; ids and foreign keys keep their values',
        )
      }
    }
  }
}

/** The model's own attributes (the key attributes and the entity type are rebuilt by the write). */
function modelAttributes(
  to: Target,
  model: string,
  attributes: Record<string, unknown>,
): Record<string, unknown> {
  const entity = to.design.entities[model]!
  const out: Record<string, unknown> = {}
  for (const name of [...Object.keys(entity.attributes), ...entity.primaryKey])
    if (attributes[name] !== undefined) out[name] = attributes[name]
  return out
}

async function writeRewrites(
  to: Target,
  rewrites: ReadonlyArray<{ model: string; attributes: Record<string, unknown> }>,
): Promise<number> {
  const guarded = rewrites.filter((r) => (to.design.entities[r.model]?.uniqueGuards.length ?? 0) > 0)
  const plain = rewrites.filter((r) => (to.design.entities[r.model]?.uniqueGuards.length ?? 0) === 0)
  const classFor = (model: string) => to.ctx.models.classFor(model) as never
  await Promise.all(guarded.map((r) => upsert(classFor(r.model), r.attributes as never)))
  if (plain.length > 0)
    await batchWrite(
      to,
      plain.map((r) => batchPut(classFor(r.model), r.attributes as never)),
    )
  return rewrites.length
}
