import { type EntityResolver, type ResolvedItem, unresolvedWrite } from './entity-resolver'
import { SecurityError } from './errors'
import type { FieldCipher, WireItem } from './field-cipher'

/**
 * Seals a whole item about to be written (PutItem, a transaction's Put, a batch PutRequest). An item of an
 * encrypted model is sealed; an item carrying an encrypted attribute that cannot be tied to its model (no
 * entity type, or a key of no model) is refused rather than sent in plaintext.
 */
export async function sealItem(
  resolver: EntityResolver,
  cipher: FieldCipher,
  operation: string,
  item: WireItem,
): Promise<WireItem> {
  const resolved = resolver.ofItem(item)
  if (resolved.kind === 'other') return item
  if (resolved.kind === 'entity' && cipher.entityOf(item) !== null) return cipher.encryptItem(item)
  const names =
    resolved.kind === 'entity'
      ? (cipher.fields.get(resolved.entity) ?? new Set<string>())
      : resolver.encryptedNames
  const carried = Object.keys(item).filter((name) => names.has(name))
  if (carried.length > 0) throw unresolvedWrite(operation, carried)
  return item
}

/** The parts of a write request a condition check reads. */
export interface ConditionedWrite {
  readonly ConditionExpression?: string
  readonly ExpressionAttributeNames?: Record<string, string>
}

const EXISTENCE = /\battribute_(?:not_)?exists\s*\([^)]*\)/g

/**
 * A write's ConditionExpression may test that an encrypted attribute exists, nothing more: comparing it
 * would send the plaintext in ExpressionAttributeValues (and compare it with ciphertext, so never match).
 */
export function checkCondition(
  resolver: EntityResolver,
  cipher: FieldCipher,
  resolved: ResolvedItem,
  input: ConditionedWrite,
): void {
  const names = input.ExpressionAttributeNames
  if (!input.ConditionExpression || !names || resolved.kind === 'other') return
  const encrypted = resolved.kind === 'entity' ? cipher.fields.get(resolved.entity) : resolver.encryptedNames
  if (!encrypted) return
  const compared = input.ConditionExpression.replace(EXISTENCE, '')
  for (const [placeholder, name] of Object.entries(names)) {
    if (!encrypted.has(name) || !new RegExp(`${placeholder}(?!\\w)`).test(compared)) continue
    const entity = resolved.kind === 'entity' ? resolved.entity : 'an encrypted model'
    throw new SecurityError(
      'ENCRYPTED_CONDITION',
      `the write's condition compares ${entity}.${name}, which is encrypted: its value would be sent in plaintext`,
      `a write condition may only test attribute_exists / attribute_not_exists on ${name}; read the item and compare in code, or condition on another attribute`,
    )
  }
}

/**
 * A Query or Scan written by hand (raw escapes) whose FilterExpression compares an attribute that every
 * model declaring it encrypts: the value would be sent in plaintext and compared with ciphertext, so it
 * could never match. Model queries are refused earlier, with the same code (`blindQuery`).
 */
export function checkFilter(
  resolver: EntityResolver,
  input: { FilterExpression?: string; ExpressionAttributeNames?: Record<string, string> },
): void {
  const names = input.ExpressionAttributeNames
  if (!input.FilterExpression || !names) return
  const compared = input.FilterExpression.replace(EXISTENCE, '')
  for (const [placeholder, name] of Object.entries(names)) {
    if (!resolver.onlyEncryptedNames.has(name) || !new RegExp(`${placeholder}(?!\\w)`).test(compared))
      continue
    throw new SecurityError(
      'ENCRYPTED_CONDITION',
      `the read's filter compares ${name}, which is encrypted: its value would be sent in plaintext and never match`,
      `find by a searchable encrypted attribute with Model.where('${name}', value) (its blind index), or filter after reading`,
    )
  }
}
