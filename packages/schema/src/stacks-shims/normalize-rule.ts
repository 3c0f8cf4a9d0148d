import {
  createRule,
  isValidationRule,
  type RuleKind,
  type RuleStep,
  type ValidationRule,
} from './validation-rule'

const kinds = new Set<string>([
  'string',
  'text',
  'password',
  'number',
  'integer',
  'float',
  'decimal',
  'smallint',
  'bigint',
  'boolean',
  'enum',
  'date',
  'datetime',
  'timestamp',
  'unix',
  'time',
  'json',
  'array',
  'object',
  'binary',
  'blob',
  'custom',
  'any',
])

interface ForeignRule {
  name?: unknown
  params?: unknown
}

interface ForeignValidator {
  name?: unknown
  isRequired?: unknown
  getRules(): unknown
}

/**
 * Accepts our recorded rule or a validator from the real `@stacksjs/validation` (duck-typed: `name`,
 * `isRequired`, `getRules()` returning `{ name, params }`), and returns a recorded rule; null otherwise.
 */
export function toRule(value: unknown): ValidationRule | null {
  if (isValidationRule(value)) return value
  if (!isForeignValidator(value)) return null
  const kindName = typeof value.name === 'string' && kinds.has(value.name) ? value.name : 'any'
  const rules = Array.isArray(value.getRules()) ? (value.getRules() as ForeignRule[]) : []
  const steps: RuleStep[] = rules
    .filter((rule) => typeof rule.name === 'string' && rule.name !== kindName)
    .map((rule) => ({ name: rule.name as string, args: paramsToArgs(rule.params) }))
  const enumValues = kindName === 'enum' ? enumArgs(value) : []
  if (value.isRequired === true) steps.push({ name: 'required', args: [] })
  return createRule(kindName as RuleKind, enumValues, steps)
}

function isForeignValidator(value: unknown): value is ForeignValidator {
  return (
    typeof value === 'object' && value !== null && typeof (value as ForeignValidator).getRules === 'function'
  )
}

function paramsToArgs(params: unknown): unknown[] {
  if (params === undefined || params === null) return []
  if (typeof params !== 'object') return [params]
  return Object.values(params)
}

function enumArgs(value: object): unknown[] {
  const values =
    (value as { allowedValues?: unknown; values?: unknown }).allowedValues ??
    (value as { values?: unknown }).values
  return Array.isArray(values) ? [values] : []
}
