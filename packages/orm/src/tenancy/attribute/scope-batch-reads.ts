import type {
  BatchGetItemInput,
  BatchGetItemOutput,
  KeysAndAttributes,
  TransactGetItemsInput,
  TransactGetItemsOutput,
} from '@dbtooling/dynamo-client'
import { type AttributeScope, assertScopable } from './attribute-scope'
import { ownedItem, ownedItems, type Scoped, withTenantProjected } from './scope-reads'

function tablesOf(scope: AttributeScope, operation: string, tables: readonly string[]): void {
  for (const TableName of tables) assertScopable(scope, operation, { TableName })
}

/** BatchGetItem with the tenant attribute projected wherever a projection is given. */
export function scopeBatchGet(scope: AttributeScope, input: BatchGetItemInput): Scoped<BatchGetItemInput> {
  tablesOf(scope, 'BatchGetItem', Object.keys(input.RequestItems))
  const spec = input.RequestItems[scope.table]
  if (spec === undefined) return { input, added: false }
  assertScopable(scope, 'BatchGetItem', spec)
  const projected = withTenantProjected<KeysAndAttributes>(scope, spec)
  if (!projected.added) return { input, added: false }
  return { input: { ...input, RequestItems: { [scope.table]: projected.input } }, added: true }
}

/**
 * Only the tenant's items; unprocessed keys go back with the caller's own projection, so a retry through
 * the scope is scoped (and projected) exactly once more.
 */
export function ownedBatchGet(
  scope: AttributeScope,
  original: BatchGetItemInput,
  output: BatchGetItemOutput,
  added: boolean,
): BatchGetItemOutput {
  const items = output.Responses?.[scope.table]
  const kept = items === undefined ? undefined : ownedItems(scope, items, added)
  const unprocessed = output.UnprocessedKeys?.[scope.table]
  const spec = original.RequestItems[scope.table]
  if (kept === items && (!added || unprocessed === undefined)) return output
  const next: BatchGetItemOutput = { ...output }
  if (kept !== undefined) next.Responses = { ...output.Responses, [scope.table]: kept }
  if (added && unprocessed !== undefined && spec !== undefined)
    next.UnprocessedKeys = { [scope.table]: { ...spec, Keys: unprocessed.Keys } }
  return next
}

export interface ScopedTransactGet {
  readonly input: TransactGetItemsInput
  /** Per entry: whether scoping added the tenant attribute to its projection. */
  readonly added: readonly boolean[]
}

export function scopeTransactGet(scope: AttributeScope, input: TransactGetItemsInput): ScopedTransactGet {
  const added: boolean[] = []
  const TransactItems = input.TransactItems.map((item) => {
    assertScopable(scope, 'TransactGetItems', item.Get)
    const projected = withTenantProjected(scope, item.Get)
    added.push(projected.added)
    return projected.input === item.Get ? item : { Get: projected.input }
  })
  return { input: { ...input, TransactItems }, added }
}

/** Entries holding another tenant's item answer like missing items: `{}`. */
export function ownedTransactGet(
  scope: AttributeScope,
  output: TransactGetItemsOutput,
  added: readonly boolean[],
): TransactGetItemsOutput {
  if (output.Responses === undefined) return output
  const Responses = output.Responses.map((response, index) => {
    if (response.Item === undefined) return response
    const item = ownedItem(scope, response.Item, added[index] === true)
    return item === undefined ? {} : item === response.Item ? response : { ...response, Item: item }
  })
  return { ...output, Responses }
}
