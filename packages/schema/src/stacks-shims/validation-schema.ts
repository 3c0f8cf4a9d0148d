import { createRule, type RuleKind, type ValidationRule } from './validation-rule'

const start = (kind: RuleKind, ...args: unknown[]): ValidationRule => createRule(kind, args, [])

/**
 * Stand-in for `schema` from `@stacksjs/validation`: the same starting calls, each returning a recorded
 * `ValidationRule` (see `toValibot` and `describeValidation`).
 *
 * @example
 * ```ts
 * const email = { type: 'string', validation: { rule: stacksSchema.string().email(), message: { email: 'Enter an email address' } } }
 * ```
 */
export const schema = Object.freeze({
  string: () => start('string'),
  text: () => start('text'),
  password: () => start('password'),
  number: () => start('number'),
  integer: () => start('integer'),
  float: () => start('float'),
  double: () => start('float'),
  decimal: () => start('decimal'),
  smallint: () => start('smallint'),
  bigint: () => start('bigint'),
  boolean: () => start('boolean'),
  enum: <const V extends readonly (string | number | boolean)[]>(values: V): ValidationRule<V[number]> =>
    createRule<V[number]>('enum', [values], []),
  date: () => start('date'),
  datetime: () => start('datetime'),
  timestamp: () => start('timestamp'),
  timestampTz: () => start('datetime'),
  unix: () => start('unix'),
  time: () => start('time'),
  json: () => start('json'),
  array: (item?: unknown) => (item === undefined ? start('array') : start('array', item)),
  object: (shape?: Record<string, unknown>) =>
    shape === undefined ? start('object') : start('object', shape),
  binary: () => start('binary'),
  blob: () => start('blob'),
  custom: (test?: (value: unknown) => boolean, message?: string) =>
    start('custom', ...[test, message].filter((x) => x !== undefined)),
  any: () => start('any'),
})
