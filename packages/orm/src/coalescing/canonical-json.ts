/**
 * A JSON text that is the same for equal values whatever the order their object keys were written in,
 * so two requests built by different code paths (or with keys in another order) share one identity.
 * Undefined members are dropped, as `JSON.stringify` drops them.
 *
 * @example
 * ```ts
 * canonicalJson({ TableName: 'app', Key: { sk: 'A', pk: 'B' } }) === canonicalJson({ Key: { pk: 'B', sk: 'A' }, TableName: 'app' }) // true
 * ```
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null'
  if (Array.isArray(value)) {
    let text = '['
    for (let index = 0; index < value.length; index++) {
      if (index > 0) text += ','
      text += canonicalJson(value[index])
    }
    return `${text}]`
  }
  const record = value as Record<string, unknown>
  const names = Object.keys(record).sort()
  let text = '{'
  let first = true
  for (const name of names) {
    const member = record[name]
    if (member === undefined) continue
    text += `${first ? '' : ','}${JSON.stringify(name)}:${canonicalJson(member)}`
    first = false
  }
  return `${text}}`
}
