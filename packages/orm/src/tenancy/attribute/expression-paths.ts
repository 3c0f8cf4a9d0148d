import type { ExpressionAttributeNames } from '@dbtooling/dynamo-client'

/** Splits on commas outside parentheses and brackets: `a, list_append(b, :c)` is two parts. */
export function splitTopLevel(text: string): string[] {
  const parts: string[] = []
  let depth = 0
  let start = 0
  for (let i = 0; i < text.length; i++) {
    const char = text[i]
    if (char === '(' || char === '[') depth++
    else if (char === ')' || char === ']') depth--
    else if (char === ',' && depth === 0) {
      parts.push(text.slice(start, i))
      start = i + 1
    }
  }
  parts.push(text.slice(start))
  return parts.map((part) => part.trim()).filter((part) => part.length > 0)
}

const HEAD = /^#?[A-Za-z0-9_]+/

/** The top-level attribute a document path starts from (`#a.b[0]` -> `#a`), or null if it is no path. */
export function pathHead(path: string): string | null {
  return HEAD.exec(path.trim())?.[0] ?? null
}

/** Whether a path token (`#n` placeholder or bare name) names `attribute`. */
export function namesAttribute(
  token: string,
  names: ExpressionAttributeNames | undefined,
  attribute: string,
): boolean {
  return token.startsWith('#') ? names?.[token] === attribute : token === attribute
}

/** Whether a ProjectionExpression already returns `attribute` whole. */
export function projectsAttribute(
  projection: string,
  names: ExpressionAttributeNames | undefined,
  attribute: string,
): boolean {
  return splitTopLevel(projection).some(
    (path) => pathHead(path) === path && namesAttribute(path, names, attribute),
  )
}
