import { type CompiledKeyTemplate, compileKeyTemplate, type TableDesign } from '@dbtooling/schema'
import { SecurityError } from './errors'
import type { FieldCipher, WireItem } from './field-cipher'

export interface UpdateInput {
  readonly Key: WireItem
  readonly UpdateExpression?: string
  readonly ExpressionAttributeNames?: Record<string, string>
  readonly ExpressionAttributeValues?: Record<string, unknown>
}

interface EntityKeys {
  readonly name: string
  readonly pk: CompiledKeyTemplate
  readonly sk: CompiledKeyTemplate
}

/** `#a0 = :a1` or `#a0.#a1 = :a2` inside a SET clause: the path and the value placeholder. */
const ASSIGNMENT = /(#[\w]+(?:\.#[\w]+|\[\d+\])*)\s*=\s*(:[\w]+)(?=\s*(?:,|$|\s(?:REMOVE|ADD|DELETE)\b))/g

/**
 * Seals the values an UpdateItem assigns to encrypted attributes. The item's entity type is not in an
 * update, so it is found from the key (the entity whose base key templates match it); the SET clause
 * says which value placeholder each attribute gets. Anything else touching an encrypted attribute (a
 * nested path, arithmetic, list_append, ADD) is refused: encrypted values are replaced whole.
 */
export class UpdateEncryptor {
  readonly #entities: EntityKeys[]
  readonly #design: TableDesign

  constructor(
    design: TableDesign,
    private readonly cipher: FieldCipher,
  ) {
    this.#design = design
    const compile = (template: string) =>
      compileKeyTemplate(template, design.delimiter, design.delimiterPolicy)
    this.#entities = [...cipher.fields.keys()].map((name) => {
      const entity = design.entities[name]!
      return { name, pk: compile(entity.partitionKey.template), sk: compile(entity.sortKey.template) }
    })
  }

  async encrypt<T extends UpdateInput>(input: T): Promise<T> {
    const names = input.ExpressionAttributeNames
    if (!names || !input.UpdateExpression) return input
    const entity = this.#entityOf(input.Key)
    if (entity === null) return input
    const fields = this.cipher.fields.get(entity)!
    const touched = Object.entries(names).filter(([, name]) => fields.has(name))
    if (touched.length === 0) return input
    const values = { ...input.ExpressionAttributeValues }
    const slot = this.cipher.slotOf(input.Key, entity, '')
    const sealed = new Set<string>()
    for (const match of input.UpdateExpression.matchAll(ASSIGNMENT)) {
      const [head, ...rest] = match[1]!.split(/(?=[.[])/)
      const attribute = names[head!]
      if (attribute === undefined || !fields.has(attribute)) continue
      if (rest.length > 0) throw nested(entity, attribute)
      values[match[2]!] = await this.cipher.encryptValue({ ...slot, attribute }, values[match[2]!])
      sealed.add(head!)
    }
    for (const [placeholder, attribute] of touched) {
      if (sealed.has(placeholder) || removedOnly(input.UpdateExpression, placeholder)) continue
      throw nested(entity, attribute)
    }
    return { ...input, ExpressionAttributeValues: values }
  }

  #entityOf(key: WireItem): string | null {
    const pk = (key[this.#design.partitionKey] as { S?: unknown } | undefined)?.S
    const sk = (key[this.#design.sortKey] as { S?: unknown } | undefined)?.S
    if (typeof pk !== 'string' || typeof sk !== 'string') return null
    return this.#entities.find((entity) => entity.pk.matches(pk) && entity.sk.matches(sk))?.name ?? null
  }
}

/** True when the placeholder appears only in the REMOVE clause (removing an encrypted value is fine). */
function removedOnly(expression: string, placeholder: string): boolean {
  const remove = /\bREMOVE\b([\s\S]*?)(?=\b(?:SET|ADD|DELETE)\b|$)/.exec(expression)?.[1] ?? ''
  const count = (text: string) => text.match(new RegExp(`${placeholder}(?!\\w)`, 'g'))?.length ?? 0
  const uses = count(expression)
  return uses > 0 && count(remove) === uses
}

function nested(entity: string, attribute: string): SecurityError {
  return new SecurityError(
    'ENCRYPTED_NESTED_UPDATE',
    `${entity}.${attribute} is encrypted and cannot be updated in place (nested path, arithmetic or ADD)`,
    `set the whole value (e.g. model.${attribute} = newValue; save()), which replaces the ciphertext`,
  )
}
