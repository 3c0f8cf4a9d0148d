import type {
  AttributeMap,
  ExpressionAttributeNames,
  GetItemInput,
  QueryInput,
  QueryOutput,
} from '@dbtooling/dynamo-client'
import { type AttributeScope, assertScopable, both, isOwned } from './attribute-scope'
import { projectsAttribute } from './expression-paths'
import { ExpressionScope } from './expression-scope'

interface Projectable {
  readonly ProjectionExpression?: string | undefined
  readonly ExpressionAttributeNames?: ExpressionAttributeNames | undefined
}

/** A read and whether scoping added the tenant attribute to its projection (then it is removed from results). */
export interface Scoped<T> {
  readonly input: T
  readonly added: boolean
}

/** A projected read must return the tenant attribute, or its results could not be checked. */
export function withTenantProjected<T extends Projectable>(scope: AttributeScope, input: T): Scoped<T> {
  const projection = input.ProjectionExpression
  if (
    projection === undefined ||
    projectsAttribute(projection, input.ExpressionAttributeNames, scope.attribute)
  )
    return { input, added: false }
  const expressions = new ExpressionScope(scope, input)
  const ProjectionExpression = `${projection}, ${expressions.tenantName()}`
  return { input: { ...input, ProjectionExpression, ...expressions.build() }, added: true }
}

/** The item if the tenant owns it (without the tenant attribute when only scoping asked for it), else undefined. */
export function ownedItem(
  scope: AttributeScope,
  item: AttributeMap | undefined,
  added: boolean,
): AttributeMap | undefined {
  if (item === undefined || !isOwned(scope, item)) return undefined
  if (!added) return item
  const { [scope.attribute]: _tenant, ...rest } = item
  return rest
}

/** Items the tenant owns; the same array when nothing changes, so cached answers are not copied. */
export function ownedItems(scope: AttributeScope, items: AttributeMap[], added: boolean): AttributeMap[] {
  if (!added && items.every((item) => isOwned(scope, item))) return items
  const out: AttributeMap[] = []
  for (const item of items) {
    const owned = ownedItem(scope, item, added)
    if (owned) out.push(owned)
  }
  return out
}

export function scopeGet(scope: AttributeScope, input: GetItemInput): Scoped<GetItemInput> {
  assertScopable(scope, 'GetItem', input)
  return withTenantProjected(scope, input)
}

/** What a Query or Scan must do: be sent (scoped), or answer empty without a request. */
export type ScopedRead = (Scoped<QueryInput> & { readonly empty: false }) | { readonly empty: true }

const EQUALITY = /(#?[A-Za-z0-9_]+)\s*=\s*(:[A-Za-z0-9_]+)|(:[A-Za-z0-9_]+)\s*=\s*(#?[A-Za-z0-9_]+)/g

/** Whether a Query's key condition fixes the tenant attribute to the current tenant. */
function keyConditionNamesTenant(scope: AttributeScope, input: QueryInput): boolean {
  const names = input.ExpressionAttributeNames
  for (const match of (input.KeyConditionExpression ?? '').matchAll(EQUALITY)) {
    const ref = match[1] ?? match[4] ?? ''
    const placeholder = match[2] ?? match[3] ?? ''
    const named = ref.startsWith('#') ? names?.[ref] : ref
    if (named !== scope.attribute) continue
    const value = input.ExpressionAttributeValues?.[placeholder]
    return value !== undefined && 'S' in value && value.S === scope.tenant
  }
  return false
}

/**
 * Query/Scan: `#tenant = :tenant` ANDed into the filter, so other tenants' items never come back and
 * `Select: COUNT` counts only the tenant's. A Query of the tenant index filters by its key instead
 * (DynamoDB refuses filters on key attributes): one naming another tenant answers empty, unsent.
 */
export function scopeQuery(
  scope: AttributeScope,
  operation: 'Query' | 'Scan',
  input: QueryInput,
): ScopedRead {
  assertScopable(scope, operation, input)
  if (operation === 'Query' && scope.index !== null && input.IndexName === scope.index) {
    if (!keyConditionNamesTenant(scope, input)) return { empty: true }
    return { ...withTenantProjected(scope, input), empty: false }
  }
  const expressions = new ExpressionScope(scope, input)
  const FilterExpression = both(expressions.owned(), input.FilterExpression)
  const filtered = { ...input, FilterExpression, ...expressions.build() }
  return { ...withTenantProjected(scope, filtered), empty: false }
}

/** The tenant's part of a Query/Scan page (the filter already did this; checked again, never trusted). */
export function ownedPage(scope: AttributeScope, output: QueryOutput, added: boolean): QueryOutput {
  if (output.Items === undefined) return output
  const Items = ownedItems(scope, output.Items, added)
  if (Items === output.Items) return output
  const dropped = output.Items.length - Items.length
  return { ...output, Items, Count: Math.max(0, (output.Count ?? output.Items.length) - dropped) }
}
