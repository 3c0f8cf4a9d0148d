/**
 * DynamoDB's order of key values: numbers by value, strings by their UTF-8 bytes. Comparing code points
 * gives the UTF-8 byte order; JavaScript's `<` compares UTF-16 units, which differs above U+FFFF.
 */
export function compareKeyText(a: unknown, b: unknown): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b
  const left = String(a ?? '')
  const right = String(b ?? '')
  const length = Math.min(left.length, right.length)
  for (let index = 0; index < length; index++) {
    const x = left.charCodeAt(index)
    const y = right.charCodeAt(index)
    if (x === y) continue
    // Surrogates (U+D800-DFFF) encode code points above U+FFFF, which sort after U+E000-FFFF in UTF-8.
    const surrogateX = x >= 0xd800 && x <= 0xdfff
    const surrogateY = y >= 0xd800 && y <= 0xdfff
    if (surrogateX !== surrogateY) return surrogateX ? 1 : -1
    return x - y
  }
  return left.length - right.length
}
