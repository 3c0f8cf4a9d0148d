import { ExpressionError } from './errors'

/**
 * One step of a document path: an attribute/map key name, or a list index.
 *
 * @example
 * ```ts
 * const segments: PathSegment[] = ['items', 0, 'price']
 * const update = set(segments, 10)
 * ```
 */
export type PathSegment = string | number

/**
 * A document path: `'a.b[3].c'`, or segments `['a.b', 3]` when a name itself contains `.` or `[`.
 * In segment form every string is one name taken literally.
 *
 * @example
 * ```ts
 * const nested: PathInput = 'profile.address.city'
 * const dotted: PathInput = ['config.v2', 'enabled'] // a name containing a dot
 * const filter = eq(dotted, true)
 * ```
 */
export type PathInput = string | readonly PathSegment[]

/**
 * Parsed path; always starts with a name.
 *
 * @example
 * ```ts
 * const path: Path = parsePath('items[0].price') // ['items', 0, 'price']
 * ```
 */
export type Path = readonly [string, ...PathSegment[]]

/**
 * Parses a document path (`'a.b[3].c'`) into its segments, or checks segments given as a list.
 *
 * @example
 * ```ts
 * parsePath('items[0].price') // ['items', 0, 'price']
 * ```
 */
export function parsePath(input: PathInput): Path {
  const segments = typeof input === 'string' ? parseText(input) : checkSegments(input)
  return Object.freeze(segments) as unknown as Path
}

/**
 * Human-readable form used in error messages.
 *
 * @example
 * ```ts
 * pathText(['items', 0, 'price']) // 'items[0].price'
 * ```
 */
export function pathText(path: readonly PathSegment[]): string {
  let out = ''
  for (const segment of path)
    out += typeof segment === 'number' ? `[${segment}]` : out ? `.${segment}` : segment
  return out
}

function parseText(text: string): PathSegment[] {
  const segments: PathSegment[] = []
  let i = 0
  let expectName = true
  while (i < text.length) {
    if (expectName) {
      let end = i
      while (end < text.length && text[end] !== '.' && text[end] !== '[' && text[end] !== ']') end++
      if (end === i) throw invalid(text, `empty attribute name at position ${i}`)
      segments.push(text.slice(i, end))
      i = end
      expectName = false
    } else if (text[i] === '.') {
      i++
      expectName = true
      if (i === text.length) throw invalid(text, 'path ends with "."')
    } else if (text[i] === '[') {
      const close = text.indexOf(']', i)
      const digits = close < 0 ? '' : text.slice(i + 1, close)
      if (!/^\d+$/.test(digits)) throw invalid(text, `list index at position ${i} must be [digits]`)
      segments.push(Number(digits))
      i = close + 1
    } else {
      throw invalid(text, `unexpected "${text[i]}" at position ${i}`)
    }
  }
  if (segments.length === 0) throw invalid(text, 'path is empty')
  return segments
}

function checkSegments(input: readonly PathSegment[]): PathSegment[] {
  if (input.length === 0 || typeof input[0] !== 'string') {
    throw invalid(JSON.stringify(input), 'a path starts with an attribute name')
  }
  for (const segment of input) {
    if (typeof segment === 'string' ? segment.length === 0 : !Number.isSafeInteger(segment) || segment < 0) {
      throw invalid(JSON.stringify(input), `invalid segment ${JSON.stringify(segment)}`)
    }
  }
  return [...input]
}

function invalid(path: string, detail: string): ExpressionError {
  return new ExpressionError('INVALID_PATH', `invalid document path "${path}": ${detail}`, {
    hint: 'Write paths as name(.name|[index])*, e.g. "profile.addresses[0].zip"; pass an array of segments for names containing "." or "[".',
  })
}
