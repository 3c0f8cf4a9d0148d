import { toValibot } from '@dbtooling/schema'
import * as v from 'valibot'
import { type FieldIssue, ValidationError } from '../errors/validation-error'
import { maskedMessage, shown } from '../security/mask'
import type { ModelBase } from './model-base'
import type { ModelMeta } from './model-meta'

type Attributes = Readonly<Record<string, unknown>>

/** Checks one value; resolves an error message, or null when the value is valid. */
type FieldValidator = (value: unknown, attributes: Attributes) => Promise<string | null> | string | null

/**
 * A function rule: `validation: { rule: async (value, attributes) => ..., message }`. It may return
 * true/undefined (valid), false (invalid, use `message`) or a string (the message).
 */
type FunctionRule = (value: unknown, attributes: Attributes) => unknown

const cache = new WeakMap<ModelMeta, ReadonlyMap<string, FieldValidator>>()

function isValibotSchema(value: unknown): value is v.GenericSchema | v.GenericSchemaAsync {
  return typeof value === 'object' && value !== null && (value as { kind?: unknown }).kind === 'schema'
}

function messageOf(validation: unknown, fallback: string): string {
  const message = (validation as { message?: unknown }).message
  return typeof message === 'string' ? message : fallback
}

function fromSchema(schema: v.GenericSchema | v.GenericSchemaAsync): FieldValidator {
  const verdict = (result: v.SafeParseResult<v.GenericSchema>) =>
    result.success ? null : (result.issues[0]?.message ?? 'is invalid')
  // Synchronous schemas answer at once: no promise per field on every save.
  if (schema.async === false) return (value) => verdict(v.safeParse(schema, value))
  return async (value) => verdict(await v.safeParseAsync(schema, value))
}

function validatorFor(validation: unknown, required: boolean): FieldValidator | null {
  if (typeof validation !== 'object' || validation === null) return null
  const rule = (validation as { rule?: unknown }).rule
  if (typeof rule === 'function' && !('getRules' in rule)) {
    const judge = (verdict: unknown): string | null => {
      if (verdict === true || verdict === undefined || verdict === null) return null
      return typeof verdict === 'string' ? verdict : messageOf(validation, 'is invalid')
    }
    return (value, attributes) => {
      const verdict = (rule as FunctionRule)(value, attributes)
      return isThenable(verdict) ? Promise.resolve(verdict).then(judge) : judge(verdict)
    }
  }
  if (isValibotSchema(rule)) return fromSchema(rule)
  try {
    return fromSchema(toValibot(validation, required ? { required: true } : {}))
  } catch {
    // Rules we cannot map (free-form strings) are documentation only, as in the design.
    return null
  }
}

function validatorsOf(meta: ModelMeta): ReadonlyMap<string, FieldValidator> {
  let validators = cache.get(meta)
  if (validators) return validators
  const map = new Map<string, FieldValidator>()
  const declared = meta.entity.definition?.attributes ?? {}
  for (const [name, attribute] of Object.entries(declared)) {
    const validator = validatorFor(attribute.validation, attribute.required === true)
    if (validator) map.set(name, validator)
    else if (attribute.required === true) map.set(name, requiredOnly)
  }
  validators = map
  cache.set(meta, validators)
  return validators
}

function requiredOnly(value: unknown): string | null {
  return value === undefined || value === null || value === '' ? 'is required' : null
}

function isThenable(value: unknown): value is PromiseLike<unknown> {
  return typeof (value as { then?: unknown } | null)?.then === 'function'
}

/**
 * Validates the model's attributes; throws one ValidationError listing every failing field. Returns a
 * promise only when an async rule ran (sync rules, the common case, cost no extra microtask turns).
 */
export function validateModel(model: ModelBase, _operation: 'create' | 'update'): Promise<void> | undefined {
  const validators = validatorsOf(model.$meta)
  if (validators.size === 0) return undefined
  const attributes = model.$state.attributes
  // Allocated only when a field fails or a rule is async: a valid save builds no arrays or closures.
  let issues: (FieldIssue | null)[] | undefined
  let pending: Promise<void>[] | undefined
  let slot = 0
  for (const field of validators.keys()) {
    const index = slot++
    const value = attributes[field]
    const message = validators.get(field)!(value, attributes)
    if (isThenable(message)) {
      pending ??= []
      pending.push(
        Promise.resolve(message).then((text) => {
          if (text !== null) {
            issues ??= []
            issues[index] = issue(model, field, text, value)
          }
        }),
      )
    } else if (message !== null) {
      issues ??= []
      issues[index] = issue(model, field, message, value)
    }
  }
  const check = () => {
    if (issues === undefined) return
    const failed = issues.filter((issue): issue is FieldIssue => issue !== null && issue !== undefined)
    if (failed.length > 0) throw new ValidationError(model.$meta.name, failed)
  }
  if (pending === undefined) {
    check()
    return undefined
  }
  return Promise.all(pending).then(check)
}

/** A failing field; a masked attribute's value is `***` in the issue and its message. */
function issue(model: ModelBase, field: string, message: string, value: unknown): FieldIssue {
  if (!model.$meta.entity.maskedAttributes.has(field)) return { field, message, value }
  return {
    field,
    message: maskedMessage(message, value),
    value: shown(model.$meta.entity.maskedAttributes, field, value),
  }
}
