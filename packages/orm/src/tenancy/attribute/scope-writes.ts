import type {
  AttributeMap,
  DeleteItemInput,
  PutItemInput,
  TransactWriteItem,
  UpdateItemInput,
} from '@dbtooling/dynamo-client'
import { TenantError } from '../errors'
import { type AttributeScope, assertScopable, both, stampItem } from './attribute-scope'
import { ExpressionScope } from './expression-scope'
import { tenantAssignment, withAssignment } from './update-expression'

interface Conditional {
  readonly ConditionExpression?: string | undefined
  readonly ExpressionAttributeNames?: Record<string, string> | undefined
  readonly ExpressionAttributeValues?: AttributeMap | undefined
}

/** The request with `attribute_not_exists(pk) OR #tenant = :tenant` ANDed into its condition. */
function ownedOrAbsent<T extends Conditional>(
  scope: AttributeScope,
  input: T,
  expressions?: ExpressionScope,
): T {
  const scoped = expressions ?? new ExpressionScope(scope, input)
  const ConditionExpression = both(scoped.ownedOrAbsent(), input.ConditionExpression)
  return { ...input, ConditionExpression, ...scoped.build() }
}

/** A Put that stamps the tenant and cannot replace another tenant's item. */
export function scopePut<T extends Omit<PutItemInput, 'ReturnValues'>>(scope: AttributeScope, input: T): T {
  assertScopable(scope, 'PutItem', input)
  return ownedOrAbsent(scope, { ...input, Item: stampItem(scope, input.Item) })
}

/**
 * An Update that stamps the tenant (so an update creating the item creates it for this tenant) and cannot
 * touch another tenant's item. Changing the tenant attribute is refused.
 */
export function scopeUpdate<T extends Omit<UpdateItemInput, 'ReturnValues'>>(
  scope: AttributeScope,
  input: T,
): T {
  assertScopable(scope, 'UpdateItem', input)
  const assignment = tenantAssignment(
    input.UpdateExpression ?? '',
    input.ExpressionAttributeNames,
    input.ExpressionAttributeValues,
    scope,
  )
  if (assignment.kind === 'changed') {
    throw new TenantError(
      'TENANT_MISMATCH',
      `the update would change the tenant attribute "${scope.attribute}" (${assignment.action})`,
      `an item's tenant is fixed when it is written; leave "${scope.attribute}" out of updates`,
    )
  }
  const expressions = new ExpressionScope(scope, input)
  const UpdateExpression =
    assignment.kind === 'same'
      ? (input.UpdateExpression as string)
      : withAssignment(input.UpdateExpression, expressions.owned())
  return ownedOrAbsent(scope, { ...input, UpdateExpression }, expressions)
}

/** A Delete (or ConditionCheck) that finds another tenant's item as if it were not there. */
export function scopeDelete<T extends Omit<DeleteItemInput, 'ReturnValues'>>(
  scope: AttributeScope,
  input: T,
): T {
  assertScopable(scope, 'DeleteItem', input)
  return ownedOrAbsent(scope, input)
}

/** Every action of a TransactWriteItems, scoped like its single-item counterpart. */
export function scopeTransactItem(scope: AttributeScope, item: TransactWriteItem): TransactWriteItem {
  if ('Put' in item) return { Put: scopePut(scope, item.Put) }
  if ('Update' in item) return { Update: scopeUpdate(scope, item.Update) }
  if ('Delete' in item) return { Delete: scopeDelete(scope, item.Delete) }
  return { ConditionCheck: scopeDelete(scope, item.ConditionCheck) }
}
