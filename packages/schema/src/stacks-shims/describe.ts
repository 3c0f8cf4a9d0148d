import type { ValidationRuleDesign } from '../design/types'
import { toRule } from './normalize-rule'

type Messages = Readonly<Record<string, string>>
type DesignArg = ValidationRuleDesign['args'][number]

// Vine-era message keys that name the same check under another word.
const messageAliases: Readonly<Record<string, readonly string[]>> = {
  enum: ['oneOf', 'in'],
  min: ['minLength'],
  max: ['maxLength'],
  minLength: ['min'],
  maxLength: ['max'],
  matches: ['regex'],
  regex: ['matches'],
}

/** The pieces of an attribute's `validation`: `{ rule, message }` or a bare rule. */
export function splitValidation(validation: unknown): { rule: unknown; messages: Messages } {
  if (typeof validation === 'object' && validation !== null && 'rule' in validation) {
    const { rule, message } = validation as { rule: unknown; message?: unknown }
    return { rule, messages: isMessages(message) ? message : {} }
  }
  return { rule: validation, messages: {} }
}

/**
 * A serializable description of a validation (`[{ rule: 'string', args: [] }, { rule: 'min', args: [5] }]`)
 * for the table design and docs. Unknown input gives an empty list.
 *
 * @example
 * ```ts
 * describeValidation(schema.string().min(5).required())
 * // [{ rule: 'string', args: [], message: null }, { rule: 'min', args: [5], message: null }, { rule: 'required', args: [], message: null }]
 * ```
 */
export function describeValidation(validation: unknown): ValidationRuleDesign[] {
  const { rule: raw, messages } = splitValidation(validation)
  const rule = toRule(raw)
  if (!rule) return []
  const kindArgs = rule.kind === 'array' || rule.kind === 'object' ? [] : rule.kindArgs
  const head: ValidationRuleDesign = {
    rule: rule.kind,
    args: serializeArgs(kindArgs),
    message: messageFor(rule.kind, messages),
  }
  const steps = rule.steps.map((step) => ({
    rule: step.name,
    args: serializeArgs(step.args),
    message: messageFor(step.name, messages),
  }))
  return [head, ...steps]
}

export function messageFor(name: string, messages: Messages): string | null {
  const direct = messages[name]
  if (direct !== undefined) return direct
  for (const alias of messageAliases[name] ?? []) {
    const aliased = messages[alias]
    if (aliased !== undefined) return aliased
  }
  return null
}

function serializeArgs(args: readonly unknown[]): DesignArg[] {
  return args.flatMap((arg): DesignArg[] => {
    if (typeof arg === 'string' || typeof arg === 'number' || typeof arg === 'boolean') return [arg]
    if (arg instanceof RegExp) return [String(arg)]
    if (Array.isArray(arg)) return [arg.map((item) => String(item))]
    if (arg instanceof Date) return [arg.toISOString()]
    if (typeof arg === 'object' && arg !== null) return [JSON.stringify(arg)]
    return []
  })
}

function isMessages(value: unknown): value is Messages {
  return (
    typeof value === 'object' &&
    value !== null &&
    Object.values(value).every((entry) => typeof entry === 'string')
  )
}
