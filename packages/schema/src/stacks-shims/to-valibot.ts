import * as v from 'valibot'
import { messageFor, splitValidation } from './describe'
import { toRule } from './normalize-rule'
import type { RuleStep, ValidationRule } from './validation-rule'

type Schema = v.GenericSchema<unknown, unknown>
// Pipe items of mixed input types; `pipe` below is the one place they are combined.
type Item = object
type Messages = Readonly<Record<string, string>>
type Family = 'string' | 'number' | 'array' | 'other'

/**
 * Options of `toValibot`: force the value required or optional, and custom messages per rule name.
 *
 * @example
 * ```ts
 * const options: ToValibotOptions = { required: true, messages: { min: 'at least 5 characters' } }
 * const title = toValibot(schema.string().min(5), options)
 * ```
 */
export interface ToValibotOptions {
  /** Overrides the chain's own `required()`/`optional()` (e.g. from the attribute's `required: true`). */
  required?: boolean
  /** Messages per rule name, merged over the `message` object of a `{ rule, message }` validation. */
  messages?: Readonly<Record<string, string>>
}

/**
 * Maps a Stacks validation (`schema.string().email().required()`, or `{ rule, message }`) onto a valibot
 * schema, keeping custom messages. Optional values accept `undefined`, `null` and `''` like Stacks does.
 * Steps without a valibot counterpart are skipped. Throws a TypeError when given something else.
 *
 * @example
 * ```ts
 * import * as v from 'valibot'
 * const email = toValibot({ rule: schema.string().email().required(), message: { email: 'not an email' } })
 * v.safeParse(email, 'nope').issues?.[0]?.message // 'not an email'
 * ```
 */
export function toValibot(validation: unknown, options: ToValibotOptions = {}): Schema {
  const split = splitValidation(validation)
  const rule = toRule(split.rule)
  if (!rule) throw new TypeError('toValibot expects a validation rule such as schema.string().max(255)')
  const messages = { ...split.messages, ...options.messages }
  const family = familyOf(rule)
  const actions = rule.steps.flatMap((step) =>
    actionFor(step, family, messageFor(step.name, messages) ?? undefined),
  )
  const piped = actions.length > 0 ? pipe(baseSchema(rule, messages), ...actions) : baseSchema(rule, messages)
  const nullable = rule.steps.some((step) => step.name === 'nullable')
  if (options.required ?? rule.isRequired) {
    const message = messageFor('required', messages) ?? 'is required'
    const present = v.check(
      (value: unknown) => value !== undefined && value !== '' && (nullable || value !== null),
      message,
    )
    return pipe(v.unknown(), present, nullable ? v.nullable(piped) : piped)
  }
  return v.nullish(family === 'string' ? v.union([v.literal(''), piped]) : piped)
}

const pipe = v.pipe as unknown as (...items: Item[]) => Schema

function familyOf(rule: ValidationRule): Family {
  if (['string', 'text', 'password', 'time'].includes(rule.kind)) return 'string'
  if (
    ['number', 'integer', 'float', 'decimal', 'smallint', 'bigint', 'timestamp', 'unix'].includes(rule.kind)
  )
    return 'number'
  return rule.kind === 'array' ? 'array' : 'other'
}

function baseSchema(rule: ValidationRule, messages: Messages): Schema {
  const message = messageFor(rule.kind, messages) ?? undefined
  switch (rule.kind) {
    case 'string':
    case 'text':
    case 'password':
      return v.string(message)
    case 'time':
      return v.pipe(v.string(message), v.regex(/^\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/, message))
    case 'number':
    case 'float':
    case 'decimal':
      return v.pipe(v.number(message), v.finite(message))
    case 'integer':
    case 'smallint':
    case 'bigint':
      return v.pipe(v.number(message), v.integer(message))
    case 'timestamp':
    case 'unix':
      return v.pipe(v.number(message), v.integer(message), v.minValue(0, message))
    case 'boolean':
      return v.boolean(message)
    case 'enum':
      return enumSchema(rule.kindArgs[0], message)
    case 'date':
    case 'datetime':
      return v.union(
        [
          v.date(),
          v.pipe(
            v.string(),
            v.check((text) => !Number.isNaN(Date.parse(text))),
          ),
        ],
        message,
      )
    case 'array':
      return v.array(itemSchema(rule.kindArgs[0]), message)
    case 'object':
      return objectSchema(rule.kindArgs[0], message)
    case 'binary':
    case 'blob':
      return v.union([v.instance(Uint8Array), v.string()], message)
    default:
      return v.unknown()
  }
}

function enumSchema(values: unknown, message: string | undefined): Schema {
  const list = Array.isArray(values)
    ? values.filter((x) => ['string', 'number', 'boolean'].includes(typeof x))
    : []
  return v.custom((input) => list.includes(input), message ?? `Must be one of: ${list.join(', ')}`)
}

function itemSchema(item: unknown): Schema {
  return toRule(item) ? toValibot(item, { required: true }) : v.unknown()
}

function objectSchema(shape: unknown, message: string | undefined): Schema {
  if (typeof shape !== 'object' || shape === null) return v.record(v.string(), v.unknown(), message)
  const entries = Object.fromEntries(
    Object.entries(shape).map(([key, rule]) => [key, toRule(rule) ? toValibot(rule) : v.unknown()]),
  )
  return v.looseObject(entries, message)
}

function actionFor(step: RuleStep, family: Family, message: string | undefined): Item[] {
  const [first, second] = step.args
  const num = typeof first === 'number' ? first : Number.NaN
  const sized = family === 'string' || family === 'array'
  switch (step.name) {
    case 'min':
      return family === 'number' ? [v.minValue(num, message)] : sized ? [v.minLength(num, message)] : []
    case 'max':
      return family === 'number' ? [v.maxValue(num, message)] : sized ? [v.maxLength(num, message)] : []
    case 'minLength':
      return sized ? [v.minLength(num, message)] : []
    case 'maxLength':
      return sized ? [v.maxLength(num, message)] : []
    case 'length':
      if (sized) return [v.length(num, message)]
      return [
        v.check(
          (value) => String(value).replace(/^-/, '').length === num,
          message ?? `Must have ${num} digits`,
        ),
      ]
    case 'positive':
      return [v.gtValue(0, message)]
    case 'negative':
      return [v.ltValue(0, message)]
    case 'integer':
      return [v.integer(message)]
    case 'divisibleBy':
    case 'multipleOf':
      return [v.multipleOf(num, message)]
    case 'equals':
    case 'same':
      return [v.check((value) => value === first, message ?? `Must equal ${String(first)}`)]
    case 'in':
    case 'oneOf':
      return Array.isArray(first)
        ? [v.check((value) => first.includes(value), message ?? `Must be one of: ${first.join(', ')}`)]
        : []
    case 'notIn':
      return Array.isArray(first)
        ? [v.check((value) => !first.includes(value), message ?? 'Is not allowed')]
        : []
    case 'custom':
      return typeof first === 'function'
        ? [
            v.check(
              (value) => Boolean(first(value)),
              message ?? (typeof second === 'string' ? second : 'Is invalid'),
            ),
          ]
        : []
    default:
      return family === 'string' ? stringAction(step, message) : []
  }
}

function stringAction(step: RuleStep, message: string | undefined): Item[] {
  const [first] = step.args
  switch (step.name) {
    case 'email':
      return [v.email(message)]
    case 'url':
      return [v.url(message)]
    case 'uuid':
      return [v.uuid(message)]
    case 'matches':
    case 'regex':
      return first instanceof RegExp ? [v.regex(first, message)] : []
    case 'alpha':
      return [v.regex(/^[A-Za-z]+$/, message ?? 'Must only contain letters')]
    case 'alphanumeric':
      return [v.regex(/^[A-Za-z0-9]+$/, message ?? 'Must only contain letters and numbers')]
    case 'numeric':
      return [v.regex(/^[-+]?\d+(\.\d+)?$/, message ?? 'Must only contain numbers')]
    case 'startsWith':
      return typeof first === 'string' ? [v.startsWith(first, message)] : []
    case 'endsWith':
      return typeof first === 'string' ? [v.endsWith(first, message)] : []
    case 'trim':
      return [v.trim()]
    case 'lowercase':
      return [v.check((value: string) => value === value.toLowerCase(), message ?? 'Must be lower case')]
    case 'uppercase':
      return [v.check((value: string) => value === value.toUpperCase(), message ?? 'Must be upper case')]
    default:
      return []
  }
}
