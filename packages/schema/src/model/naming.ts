/**
 * `OrderItem` -> `ORDER_ITEM`; must agree with the type-level `EntityPrefix`.
 *
 * @example
 * ```ts
 * entityPrefix('OrderItem') // 'ORDER_ITEM'
 * ```
 */
export function entityPrefix(name: string): string {
  let out = ''
  let previous = ''
  for (const char of name) {
    const upper = char !== char.toLowerCase()
    const previousLowerOrDigit =
      previous !== '' && (previous !== previous.toUpperCase() || /[0-9]/.test(previous))
    if (upper && previousLowerOrDigit) out += '_'
    out += char
    previous = char
  }
  return out.toUpperCase()
}

/**
 * `OrderItem` -> `orderItem`; must agree with the type-level `Uncapitalize`.
 *
 * @example
 * ```ts
 * camelName('OrderItem') // 'orderItem'
 * ```
 */
export function camelName(name: string): string {
  return name.length === 0 ? name : name.charAt(0).toLowerCase() + name.slice(1)
}

/**
 * Naive English plural for relation names; must agree with the type-level `Pluralize`.
 *
 * @example
 * ```ts
 * pluralize('category') // 'categories'
 * ```
 */
export function pluralize(word: string): string {
  if (/[^aeiou]y$/.test(word)) return `${word.slice(0, -1)}ies`
  if (/(s|x|z|ch|sh)$/.test(word)) return `${word}es`
  return `${word}s`
}

/**
 * Default foreign key pointing at a model: `Team` -> `teamId`.
 *
 * @example
 * ```ts
 * foreignKeyFor('Team') // 'teamId'
 * ```
 */
export function foreignKeyFor(model: string, localKey = 'id'): string {
  return `${camelName(model)}${localKey.charAt(0).toUpperCase()}${localKey.slice(1)}`
}
