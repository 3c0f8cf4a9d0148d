import type * as v from 'valibot'
import { type ConfigIssue, type ConfigIssueCode, redact, showValue } from './errors'
import { closestName } from './suggest'

export function makeIssue(
  code: ConfigIssueCode,
  path: string,
  value: unknown,
  message: string,
  hint: string,
): ConfigIssue {
  return { code, path, value: redact(path, value), message, hint }
}

type AnySchema = v.GenericSchema & {
  entries?: Record<string, AnySchema>
  wrapped?: AnySchema
  item?: AnySchema
}
type PathKey = string | number

export function formatPath(keys: readonly PathKey[]): string {
  return keys.reduce<string>((path, key) => {
    if (typeof key === 'number') return `${path}[${key}]`
    return path ? `${path}.${key}` : key
  }, '')
}

/** Option names accepted at `keys` inside `schema` (for "did you mean" on unknown keys). */
export function knownKeysAt(schema: v.GenericSchema, keys: readonly PathKey[]): string[] {
  let current: AnySchema | undefined = unwrap(schema as AnySchema)
  for (const key of keys) {
    if (!current) return []
    if (current.entries && typeof key === 'string') current = unwrap(current.entries[key])
    else if (current.item) current = unwrap(current.item)
    else return []
  }
  return current?.entries ? Object.keys(current.entries) : []
}

function unwrap(schema: AnySchema | undefined): AnySchema | undefined {
  let current = schema
  while (current?.wrapped) current = current.wrapped
  return current
}

/** Turns one valibot issue into a user-facing issue naming the key path, the value and the fix. */
export function fromValibotIssue(
  issue: v.BaseIssue<unknown>,
  schema: v.GenericSchema,
  root = '',
): ConfigIssue {
  const items = issue.path ?? []
  const keys = items.map((item) => item.key as PathKey)
  const path = prefixPath(root, formatPath(keys))
  const last = items[items.length - 1]
  const value = issue.input
  if (issue.kind === 'schema' && value === undefined && issue.expected !== 'never') {
    return makeIssue('MISSING_KEY', path, value, `${path} is required`, `set ${path}`)
  }
  if (issue.type === 'strict_object' && last?.origin === 'key')
    return unknownKey(issue, schema, keys, path, last.value)
  const shown = showValue(redact(path, value))
  if (issue.type === 'picklist' || (issue.type === 'union' && typeof value === 'string')) {
    return choiceIssue(issue, path, value, shown)
  }
  if (issue.type === 'union' && typeof value === 'number') {
    return makeIssue('OUT_OF_RANGE', path, value, `${path} = ${shown} is out of range`, issue.message)
  }
  if (issue.kind === 'validation') {
    const range = issue.type === 'min_value' || issue.type === 'max_value'
    const what = range ? 'is out of range' : 'is not valid'
    return makeIssue(
      range ? 'OUT_OF_RANGE' : 'INVALID_VALUE',
      path,
      value,
      `${path} = ${shown} ${what}`,
      issue.message,
    )
  }
  // A custom check's own message says what to pass; its `expected` is only 'unknown'.
  if (issue.type === 'custom')
    return makeIssue('INVALID_TYPE', path, value, `${path} = ${shown} is not valid`, issue.message)
  const expected = issue.expected ?? 'another type'
  return makeIssue(
    'INVALID_TYPE',
    path,
    value,
    `${path} must be ${expected}, got ${shown}`,
    `use ${expected}`,
  )
}

function unknownKey(
  _issue: v.BaseIssue<unknown>,
  schema: v.GenericSchema,
  keys: PathKey[],
  path: string,
  value: unknown,
): ConfigIssue {
  const key = String(keys[keys.length - 1])
  const known = knownKeysAt(schema, keys.slice(0, -1))
  const suggestion = closestName(key, known)
  const list = known.length > 0 ? ` Known options here: ${known.join(', ')}.` : ''
  const hint = suggestion ? `did you mean '${suggestion}'?` : `remove '${key}'.${list}`
  return makeIssue(
    'UNKNOWN_KEY',
    path,
    value,
    `Unknown option ${path} = ${showValue(redact(path, value))}`,
    hint,
  )
}

function choiceIssue(issue: v.BaseIssue<unknown>, path: string, value: unknown, shown: string): ConfigIssue {
  const options = (issue.expected ?? '')
    .split(' | ')
    .map((option) => option.replace(/^\(|\)$/g, '').replace(/^"|"$/g, ''))
  const suggestion = typeof value === 'string' ? closestName(value, options) : null
  const hint =
    issue.type === 'union'
      ? issue.message
      : suggestion
        ? `did you mean '${suggestion}'? Use one of: ${options.join(', ')}`
        : `use one of: ${options.join(', ')}`
  return makeIssue('INVALID_VALUE', path, value, `${path} = ${shown} is not an accepted value`, hint)
}

function prefixPath(root: string, path: string): string {
  if (!root) return path
  return path ? `${root}.${path}` : root
}
