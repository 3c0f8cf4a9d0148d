import type { AttributeMap, ExpressionAttributeNames } from '@dbtooling/dynamo-client'
import { namesAttribute, pathHead, splitTopLevel } from './expression-paths'

type Keyword = 'SET' | 'REMOVE' | 'ADD' | 'DELETE'

interface Clause {
  readonly keyword: Keyword
  /** Index just after the keyword. */
  readonly bodyStart: number
  readonly body: string
}

// Clause keywords are reserved words, so outside placeholders (`#set`) and values (`:set`) they are keywords.
const CLAUSE = /(?<![\w#:.])(SET|REMOVE|ADD|DELETE)(?!\w)/gi

function clausesOf(expression: string): Clause[] {
  const matches = [...expression.matchAll(CLAUSE)]
  return matches.map((match, i) => {
    const bodyStart = (match.index ?? 0) + match[0].length
    const end = matches[i + 1]?.index ?? expression.length
    return {
      keyword: (match[1] ?? '').toUpperCase() as Keyword,
      bodyStart,
      body: expression.slice(bodyStart, end),
    }
  })
}

/** What an UpdateExpression does to the tenant attribute. */
export type TenantAssignment =
  | { readonly kind: 'untouched' }
  /** `SET #tenant = :v` with the current tenant as `:v`: allowed, and nothing needs adding. */
  | { readonly kind: 'same' }
  | { readonly kind: 'changed'; readonly action: string }

interface Target {
  readonly attribute: string
  readonly tenant: string
}

/** Finds every action of the expression that writes the tenant attribute, and whether it keeps the tenant. */
export function tenantAssignment(
  expression: string,
  names: ExpressionAttributeNames | undefined,
  values: AttributeMap | undefined,
  target: Target,
): TenantAssignment {
  // Cheap exit for the usual update: no placeholder or word that could name the attribute.
  if (!mentionsAttribute(expression, names, target.attribute)) return { kind: 'untouched' }
  let result: TenantAssignment = { kind: 'untouched' }
  for (const clause of clausesOf(expression)) {
    for (const action of splitTopLevel(clause.body)) {
      const equals = action.indexOf('=')
      const path = (clause.keyword === 'SET' ? action.slice(0, Math.max(equals, 0)) : action).trim()
      const head = pathHead(path.split(/\s/)[0] ?? '')
      if (head === null || !namesAttribute(head, names, target.attribute)) continue
      const value = clause.keyword === 'SET' ? action.slice(equals + 1).trim() : ''
      const assigned = /^:[A-Za-z0-9_]+$/.test(value) ? values?.[value] : undefined
      const keeps = path === head && assigned !== undefined && 'S' in assigned && assigned.S === target.tenant
      if (!keeps) return { kind: 'changed', action: `${clause.keyword} ${action}` }
      result = { kind: 'same' }
    }
  }
  return result
}

function mentionsAttribute(
  expression: string,
  names: ExpressionAttributeNames | undefined,
  attribute: string,
): boolean {
  if (expression.includes(attribute)) return true
  for (const placeholder in names)
    if (names[placeholder] === attribute && expression.includes(placeholder)) return true
  return false
}

/** The expression with `assignment` (e.g. `#t = :t`) added to its SET clause, or a SET clause added. */
export function withAssignment(expression: string | undefined, assignment: string): string {
  if (expression === undefined || expression.trim() === '') return `SET ${assignment}`
  const set = clausesOf(expression).find((clause) => clause.keyword === 'SET')
  if (!set) return `SET ${assignment} ${expression}`
  return `${expression.slice(0, set.bodyStart)} ${assignment},${expression.slice(set.bodyStart)}`
}
