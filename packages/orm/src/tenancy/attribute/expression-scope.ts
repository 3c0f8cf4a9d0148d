import type { AttributeMap, ExpressionAttributeNames } from '@dbtooling/dynamo-client'
import type { AttributeScope } from './attribute-scope'

interface ExpressionInput {
  readonly ExpressionAttributeNames?: ExpressionAttributeNames | undefined
  readonly ExpressionAttributeValues?: AttributeMap | undefined
}

function freePlaceholder(base: string, taken: object | undefined): string {
  if (taken === undefined || !(base in taken)) return base
  for (let n = 2; ; n++) if (!(`${base}${n}` in taken)) return `${base}${n}`
}

/**
 * The placeholders tenant scoping adds to one request, chosen so they never collide with the caller's.
 * Only placeholders actually used are added (DynamoDB rejects unused ones); `build()` returns the merged
 * names and values as new objects, leaving the caller's request untouched.
 */
export class ExpressionScope {
  readonly #scope: AttributeScope
  readonly #input: ExpressionInput
  readonly #names: Record<string, string> = {}
  readonly #values: Record<string, AttributeMap[string]> = {}

  constructor(scope: AttributeScope, input: ExpressionInput) {
    this.#scope = scope
    this.#input = input
  }

  /** Placeholder for the tenant attribute's name. */
  tenantName(): string {
    return this.#name('#tenantAttr', this.#scope.attribute)
  }

  /** Placeholder for the current tenant id. */
  tenantValue(): string {
    const placeholder = freePlaceholder(':tenantValue', this.#input.ExpressionAttributeValues)
    this.#values[placeholder] = { S: this.#scope.tenant }
    return placeholder
  }

  /** `#tenant = :tenant`: the item belongs to the current tenant. */
  owned(): string {
    return `${this.tenantName()} = ${this.tenantValue()}`
  }

  /** The item does not exist, or belongs to the current tenant: what every write must find. */
  ownedOrAbsent(): string {
    const pk = this.#name('#tenantPk', this.#scope.partitionKey)
    return `attribute_not_exists(${pk}) OR ${this.owned()}`
  }

  build(): { ExpressionAttributeNames?: ExpressionAttributeNames; ExpressionAttributeValues?: AttributeMap } {
    const out: {
      ExpressionAttributeNames?: ExpressionAttributeNames
      ExpressionAttributeValues?: AttributeMap
    } = {}
    if (Object.keys(this.#names).length > 0)
      out.ExpressionAttributeNames = { ...this.#input.ExpressionAttributeNames, ...this.#names }
    if (Object.keys(this.#values).length > 0)
      out.ExpressionAttributeValues = { ...this.#input.ExpressionAttributeValues, ...this.#values }
    return out
  }

  #name(base: string, attribute: string): string {
    // A placeholder the request already has for the attribute is reused: names are pure substitution.
    for (const placeholder in this.#names) if (this.#names[placeholder] === attribute) return placeholder
    const names = this.#input.ExpressionAttributeNames
    for (const placeholder in names) if (names[placeholder] === attribute) return placeholder
    const placeholder = freePlaceholder(base, this.#input.ExpressionAttributeNames)
    this.#names[placeholder] = attribute
    return placeholder
  }
}
