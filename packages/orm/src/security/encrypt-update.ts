import { type EntityResolver, unresolvedWrite } from './entity-resolver'
import { SecurityError } from './errors'
import type { FieldCipher, WireItem } from './field-cipher'

export interface UpdateInput {
  readonly Key: WireItem
  readonly UpdateExpression?: string
  readonly ExpressionAttributeNames?: Record<string, string>
  readonly ExpressionAttributeValues?: Record<string, unknown>
}

/** `#a0 = :a1` or `#a0.#a1 = :a2` inside a SET clause: the path and the value placeholder. */
const ASSIGNMENT = /(#[\w]+(?:\.#[\w]+|\[\d+\])*)\s*=\s*(:[\w]+)(?=\s*(?:,|$|\s(?:REMOVE|ADD|DELETE)\b))/g

/**
 * Seals the values an UpdateItem assigns to encrypted attributes. The item's entity type is not in an
 * update, so it is found from the key (the entity whose base key templates match it, tenant prefix
 * allowed); an update of an encrypted name on a key of no model is refused. The SET clause
 * says which value placeholder each attribute gets. Anything else touching an encrypted attribute (a
 * nested path, arithmetic, list_append, ADD) is refused: encrypted values are replaced whole.
 */
export class UpdateEncryptor {
  constructor(
    private readonly resolver: EntityResolver,
    private readonly cipher: FieldCipher,
  ) {}

  async encrypt<T extends UpdateInput>(input: T): Promise<T> {
    const names = input.ExpressionAttributeNames
    if (!names || !input.UpdateExpression) return input
    const resolved = this.resolver.ofKey(input.Key)
    if (resolved.kind !== 'entity') {
      this.#refuseUnresolved(input.UpdateExpression, names)
      return input
    }
    const entity = resolved.entity
    const fields = this.cipher.fields.get(entity)
    if (!fields) return input
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
      if (sealed.has(placeholder) || notWritten(input.UpdateExpression, placeholder)) continue
      throw nested(entity, attribute)
    }
    return { ...input, ExpressionAttributeValues: values }
  }

  #refuseUnresolved(expression: string, names: Readonly<Record<string, string>>): void {
    const written = Object.entries(names)
      .filter(
        ([placeholder, name]) =>
          this.resolver.encryptedNames.has(name) && !notWritten(expression, placeholder),
      )
      .map(([, name]) => name)
    if (written.length > 0) throw unresolvedWrite('UpdateItem', written)
  }
}

/**
 * True when the update expression writes no value to the placeholder: it is not in it (a condition uses
 * it), or only in the REMOVE clause (removing an encrypted value is fine).
 */
function notWritten(expression: string, placeholder: string): boolean {
  const remove = /\bREMOVE\b([\s\S]*?)(?=\b(?:SET|ADD|DELETE)\b|$)/.exec(expression)?.[1] ?? ''
  const count = (text: string) => text.match(new RegExp(`${placeholder}(?!\\w)`, 'g'))?.length ?? 0
  return count(remove) === count(expression)
}

function nested(entity: string, attribute: string): SecurityError {
  return new SecurityError(
    'ENCRYPTED_NESTED_UPDATE',
    `${entity}.${attribute} is encrypted and cannot be updated in place (nested path, arithmetic or ADD)`,
    `set the whole value (e.g. model.${attribute} = newValue; save()), which replaces the ciphertext`,
  )
}
