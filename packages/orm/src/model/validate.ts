import { toValibot } from '@dbtooling/schema'
import * as v from 'valibot'
import { type FieldIssue, ValidationError } from '../errors/validation-error'
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
  return async (value) => {
    const result = await v.safeParseAsync(schema, value)
    return result.success ? null : (result.issues[0]?.message ?? 'is invalid')
  }
}

function validatorFor(validation: unknown, required: boolean): FieldValidator | null {
  if (typeof validation !== 'object' || validation === null) return null
  const rule = (validation as { rule?: unknown }).rule
  if (typeof rule === 'function' && !('getRules' in rule)) {
    return async (value, attributes) => {
      const verdict = await (rule as FunctionRule)(value, attributes)
      if (verdict === true || verdict === undefined || verdict === null) return null
      return typeof verdict === 'string' ? verdict : messageOf(validation, 'is invalid')
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

/** Validates the model's attributes; throws one ValidationError listing every failing field. */
export async function validateModel(model: ModelBase, _operation: 'create' | 'update'): Promise<void> {
  const validators = validatorsOf(model.$meta)
  if (validators.size === 0) return
  const attributes = model.$state.attributes
  const checks = [...validators].map(async ([field, validate]): Promise<FieldIssue | null> => {
    const value = attributes[field]
    const message = await validate(value, attributes)
    return message === null ? null : { field, message, value }
  })
  const issues = (await Promise.all(checks)).filter((issue): issue is FieldIssue => issue !== null)
  if (issues.length > 0) throw new ValidationError(model.$meta.name, issues)
}
