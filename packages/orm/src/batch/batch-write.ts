import { OrmError } from '../errors/orm-error'
import type { WritableAttributes } from '../model/attribute-types'
import type { ModelBase } from '../model/model-base'
import type { KeyOf, ModelCtor } from '../write-ops/types'
import type { BatchWriteResult } from './run-batch-write'

/**
 * One write of a `batchWrite`: build it with `batchPut` / `batchDelete` so attributes are type-checked.
 *
 * @example
 * ```ts
 * const entries: BatchWriteEntry[] = [batchPut(User, { email: 'ada@example.com' }), batchDelete(Post, 'p1')]
 * await batchWrite(orm, entries)
 * ```
 */
export type BatchWriteEntry =
  | { readonly model: ModelCtor; readonly put: Readonly<Record<string, unknown>> }
  | { readonly model: ModelCtor; readonly delete: unknown }

/**
 * A put (create or replace) of a model's item in a `batchWrite`.
 *
 * @example
 * ```ts
 * await batchWrite(orm, [batchPut(Post, { title: 'One' }), batchPut(Post, { title: 'Two' })])
 * ```
 */
export function batchPut<C extends ModelCtor>(
  model: C,
  attributes: WritableAttributes<C['definition']>,
): BatchWriteEntry {
  return { model, put: attributes as Readonly<Record<string, unknown>> }
}

/**
 * A delete of a model's item by key in a `batchWrite`.
 *
 * @example
 * ```ts
 * await batchWrite(orm, [batchDelete(Post, 'p1'), batchDelete(Post, 'p2')])
 * ```
 */
export function batchDelete<C extends ModelCtor>(model: C, key: KeyOf<C>): BatchWriteEntry {
  return { model, delete: key }
}

/**
 * Raised before sending: `batchWrite` got a model with unique attributes, whose guard items need a transaction.
 *
 * @example
 * ```ts
 * try {
 *   await batchWrite(orm, [batchPut(User, { email: 'ada@example.com' })]) // email is unique
 * } catch (error) {
 *   if (error instanceof OrmError && error.code === 'BATCH_WRITE_UNIQUE_GUARDS') await insertMany(User, rows)
 *   else throw error
 * }
 * ```
 */
export class BatchWriteGuardError extends OrmError {
  override readonly name = 'BatchWriteGuardError'
  override readonly code = 'BATCH_WRITE_UNIQUE_GUARDS' as const
  override readonly hint: string
  override readonly requestId: string | undefined = undefined

  constructor(entity: string, fields: readonly string[]) {
    super('BATCH_WRITE_UNIQUE_GUARDS', {
      message: `${entity} has unique attributes (${fields.join(', ')}); BatchWriteItem cannot keep their guard items right`,
      hint: '',
    })
    this.hint = `BatchWriteItem has no conditions: use insertMany(${entity}, rows) (transactions with guards), model.delete(), or a transaction.`
  }
}

/**
 * What `batchWrite` resolves to: writes applied, requests sent, and the stored instances of the puts.
 *
 * @example
 * ```ts
 * const output: BatchWriteOutput = await batchWrite(orm, [batchPut(Post, { title: 'Hello' })])
 * console.log(output.written, output.requests, output.models[0]?.id)
 * ```
 */
export interface BatchWriteOutput extends BatchWriteResult {
  /** The instances stored by the puts, in entry order (marked as existing). */
  readonly models: ModelBase[]
}
