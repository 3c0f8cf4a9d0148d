import { type CompiledKeyTemplate, compileKeyTemplate, type TableDesign } from '@dbtooling/schema'
import { SecurityError } from './errors'
import type { WireItem } from './field-cipher'

interface EntityKeys {
  readonly name: string
  readonly pk: CompiledKeyTemplate
  readonly sk: CompiledKeyTemplate
}

/** What a write request's item is: a model's entity, another typed item, or unknown. */
export type ResolvedItem =
  | { readonly kind: 'entity'; readonly entity: string }
  | { readonly kind: 'other' }
  | { readonly kind: 'unknown' }

/**
 * Ties a request's item (or key) to the model whose encrypted attributes it may carry: by the entity type
 * attribute when the item has one, else by the base key templates of every model. Under the `prefix`
 * tenancy strategy partition keys start with `<keyPrefix>#<tenant>#`; `enableTenancy` registers the
 * prefix here, so tenant keys resolve to their model too (and the AAD binds the prefixed key).
 */
export class EntityResolver {
  readonly #design: TableDesign
  readonly #entities: EntityKeys[]
  readonly #tenantPrefixes = new Set<string>()
  /** Every attribute name some model encrypts (an unresolved write naming one is refused). */
  readonly encryptedNames: ReadonlySet<string>
  /** Names no model stores in plaintext: a read filter on one compares ciphertext, whatever the item. */
  readonly onlyEncryptedNames: ReadonlySet<string>

  constructor(design: TableDesign, fields: ReadonlyMap<string, ReadonlySet<string>>) {
    this.#design = design
    const compile = (template: string) =>
      compileKeyTemplate(template, design.delimiter, design.delimiterPolicy)
    this.#entities = Object.values(design.entities).map((entity) => ({
      name: entity.name,
      pk: compile(entity.partitionKey.template),
      sk: compile(entity.sortKey.template),
    }))
    this.encryptedNames = new Set([...fields.values()].flatMap((names) => [...names]))
    const plain = Object.values(design.entities).flatMap((entity) =>
      Object.values(entity.attributes)
        .filter((attribute) => !attribute.encrypted)
        .map((a) => a.name),
    )
    this.onlyEncryptedNames = new Set([...this.encryptedNames].filter((name) => !plain.includes(name)))
  }

  /** Partition keys may start with `<keyPrefix>#<tenant>#` (prefix tenancy). */
  addTenantPrefix(keyPrefix: string): void {
    this.#tenantPrefixes.add(`${keyPrefix}${this.#design.delimiter}`)
  }

  ofItem(item: WireItem): ResolvedItem {
    const type = (item[this.#design.entityTypeAttribute] as { S?: unknown } | undefined)?.S
    if (typeof type === 'string')
      return this.#design.entities[type] ? { kind: 'entity', entity: type } : { kind: 'other' }
    return this.ofKey(item)
  }

  ofKey(key: WireItem): ResolvedItem {
    const pk = (key[this.#design.partitionKey] as { S?: unknown } | undefined)?.S
    const sk = (key[this.#design.sortKey] as { S?: unknown } | undefined)?.S
    if (typeof pk !== 'string' || typeof sk !== 'string') return { kind: 'unknown' }
    const found = this.#match(pk, sk) ?? this.#match(this.#withoutTenant(pk), sk)
    return found ? { kind: 'entity', entity: found } : { kind: 'unknown' }
  }

  #match(pk: string | null, sk: string): string | null {
    if (pk === null) return null
    return this.#entities.find((entity) => entity.pk.matches(pk) && entity.sk.matches(sk))?.name ?? null
  }

  #withoutTenant(pk: string): string | null {
    for (const prefix of this.#tenantPrefixes) {
      if (!pk.startsWith(prefix)) continue
      const end = pk.indexOf(this.#design.delimiter, prefix.length)
      if (end > prefix.length) return pk.slice(end + this.#design.delimiter.length)
    }
    return null
  }
}

/** A write that names an encrypted attribute on an item the ORM cannot tie to its model. */
export function unresolvedWrite(operation: string, attributes: readonly string[]): SecurityError {
  return new SecurityError(
    'UNRESOLVED_ENCRYPTED_WRITE',
    `${operation} writes ${attributes.join(', ')}, which ${attributes.length === 1 ? 'is' : 'are'} encrypted, to an item of no known model (no entity type attribute, and its key matches no model's key format), so it cannot be encrypted`,
    'write through the model (Model.create / update / save / insertMany), or give raw items the entity type attribute and the key format of their model',
  )
}
