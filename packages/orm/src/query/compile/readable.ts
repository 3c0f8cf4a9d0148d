/**
 * Puts names and values back into an expression for people: `#n0 = :v0` becomes `pk = "USER#1"`. Used
 * by `explain()` and error messages only, never on the request path.
 */
export function readable(
  expression: string | undefined,
  names: Readonly<Record<string, string>> | undefined,
  valueMap: object | undefined,
): string | null {
  if (expression === undefined) return null
  const values = valueMap as Readonly<Record<string, unknown>> | undefined
  return expression.replace(/[#:][nv]\d+/g, (token) => {
    if (token.startsWith('#')) return names?.[token] ?? token
    return values && token in values ? show(values[token]) : token
  })
}

function show(value: unknown): string {
  if (value === null) return 'null'
  if (typeof value === 'string') return JSON.stringify(value)
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint')
    return String(value)
  try {
    return JSON.stringify(value) ?? String(value)
  } catch {
    return String(value)
  }
}
