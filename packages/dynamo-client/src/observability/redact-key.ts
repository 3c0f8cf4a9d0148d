import type { AttributeValue } from '../document/attribute-value'

/**
 * The text logged in place of a key value unless `keyValues` is on (`'[redacted]'`).
 *
 * @example
 * ```ts
 * const hidden = records.filter((record) => record.key?.pk === REDACTED)
 * ```
 */
export const REDACTED = '[redacted]'

export interface KeyRedaction {
  /** Show key values instead of `[redacted]`. Default false. */
  readonly keyValues: boolean
  /** Values that stay redacted even when key values are shown (e.g. those holding masked attributes). */
  readonly isMasked: (attribute: string, value: string) => boolean
  /** Attribute names that form item keys, to pick the key out of a PutItem's item. */
  readonly keyAttributes: ReadonlySet<string>
}

type Wire = Record<string, AttributeValue>

/**
 * The request's key for a log record: attribute names always, values only when asked and not masked. Only
 * single-item calls and Queries have one key; batches and transactions log counts, never items.
 */
export function loggedKey(
  operation: string,
  input: object,
  redaction: KeyRedaction,
): Record<string, string> | undefined {
  const request = input as {
    Key?: Wire
    Item?: Wire
    KeyConditionExpression?: string
    ExpressionAttributeValues?: Wire
    ExpressionAttributeNames?: Record<string, string>
  }
  if (request.Key) return render(request.Key, redaction, () => true)
  if (operation === 'PutItem' && request.Item)
    return render(request.Item, redaction, (name) => redaction.keyAttributes.has(name))
  if (request.KeyConditionExpression && request.ExpressionAttributeValues)
    return keyCondition(request.KeyConditionExpression, request, redaction)
  return undefined
}

function keyCondition(
  expression: string,
  request: { ExpressionAttributeValues?: Wire; ExpressionAttributeNames?: Record<string, string> },
  redaction: KeyRedaction,
): Record<string, string> {
  const values = request.ExpressionAttributeValues ?? {}
  const names = request.ExpressionAttributeNames ?? {}
  const out: Record<string, string> = {}
  // `#pk = :v0 AND begins_with(#sk, :v1)`: pair each name with the value placeholder that follows it.
  for (const match of expression.matchAll(/(#?[\w.]+)\s*(?:=|<=|>=|<|>|,|BETWEEN)\s*(:[\w]+)/g)) {
    const attribute = names[match[1]!] ?? match[1]!
    const value = values[match[2]!]
    if (value !== undefined) out[attribute] = shown(attribute, value, redaction)
  }
  return out
}

function render(
  item: Wire,
  redaction: KeyRedaction,
  keep: (name: string) => boolean,
): Record<string, string> {
  const out: Record<string, string> = {}
  for (const name in item) if (keep(name)) out[name] = shown(name, item[name]!, redaction)
  return out
}

function shown(attribute: string, value: AttributeValue, redaction: KeyRedaction): string {
  if (!redaction.keyValues) return REDACTED
  const text = 'S' in value ? value.S : 'N' in value ? value.N : undefined
  return text === undefined || redaction.isMasked(attribute, text) ? REDACTED : text
}
