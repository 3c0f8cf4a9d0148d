import { operand } from './compile-condition'
import { ExpressionError } from './errors'
import type { ExpressionAttributes } from './expression-attributes'
import { type Path, pathText } from './path'
import type { SetValue, UpdateAction } from './update'

/**
 * Compiles update actions to `SET ... REMOVE ... ADD ... DELETE ...`, one clause per action kind.
 *
 * @example
 * ```ts
 * const attrs = new ExpressionAttributes()
 * const text = compileUpdate([set('name', 'Ada'), remove('legacy')], attrs) // 'SET #n0 = :v0 REMOVE #n1'
 * ```
 */
export function compileUpdate(actions: readonly UpdateAction[], attrs: ExpressionAttributes): string {
  if (actions.length === 0) {
    throw new ExpressionError('EMPTY_UPDATE', 'an update needs at least one action', {
      hint: 'Skip the UpdateItem call when nothing changed.',
    })
  }
  assertNoOverlap(actions)
  const clauses: Record<UpdateAction['kind'], string[]> = { set: [], remove: [], add: [], delete: [] }
  for (const action of actions) {
    const target = attrs.path(action.path)
    const context = pathText(action.path)
    switch (action.kind) {
      case 'set':
        clauses.set.push(`${target} = ${setValue(action.value, attrs, context)}`)
        break
      case 'remove':
        clauses.remove.push(target)
        break
      case 'add':
      case 'delete':
        clauses[action.kind].push(`${target} ${attrs.value(action.value, context)}`)
        break
    }
  }
  const parts: string[] = []
  if (clauses.set.length) parts.push(`SET ${clauses.set.join(', ')}`)
  if (clauses.remove.length) parts.push(`REMOVE ${clauses.remove.join(', ')}`)
  if (clauses.add.length) parts.push(`ADD ${clauses.add.join(', ')}`)
  if (clauses.delete.length) parts.push(`DELETE ${clauses.delete.join(', ')}`)
  return parts.join(' ')
}

function setValue(value: SetValue, attrs: ExpressionAttributes, context: string): string {
  switch (value.kind) {
    case 'ifNotExists':
      return `if_not_exists(${attrs.path(value.path)}, ${setValue(value.fallback, attrs, context)})`
    case 'arithmetic':
      return `${setValue(value.left, attrs, context)} ${value.op} ${setValue(value.right, attrs, context)}`
    case 'listAppend':
      return `list_append(${setValue(value.first, attrs, context)}, ${setValue(value.second, attrs, context)})`
    default:
      return operand(value, attrs, context)
  }
}

/** DynamoDB rejects one request touching a path twice, or a path and its parent ("paths overlap"). */
function assertNoOverlap(actions: readonly UpdateAction[]): void {
  for (let i = 0; i < actions.length; i++) {
    for (let j = i + 1; j < actions.length; j++) {
      const a = actions[i]!.path
      const b = actions[j]!.path
      if (isPrefix(a, b) || isPrefix(b, a)) {
        throw new ExpressionError(
          'OVERLAPPING_PATHS',
          `update touches overlapping paths ${pathText(a)} and ${pathText(b)}`,
          {
            hint: 'Update either the parent map/list or its members, and each path once per request.',
            path: pathText(a.length <= b.length ? a : b),
          },
        )
      }
    }
  }
}

function isPrefix(short: Path, long: Path): boolean {
  if (short.length > long.length) return false
  for (let k = 0; k < short.length; k++) if (short[k] !== long[k]) return false
  return true
}
