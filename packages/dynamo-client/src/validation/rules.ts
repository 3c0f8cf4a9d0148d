/** A failed check: where (relative to the value checked) and what was expected there. */
export interface ShapeFailure {
  readonly problem: 'unknown-key' | 'missing-key' | 'wrong-type'
  readonly key: string
  readonly expected: string
}

/** Checks one value; `key` is the path of that value, used to name a failure. */
export type Rule = (value: unknown, key: string) => ShapeFailure | undefined

/** The rules for the keys of an object, and which of them must be present. */
export interface ObjectShape {
  readonly rules: Readonly<Record<string, Rule>>
  readonly required: readonly string[]
  /** Accepted keys as one sentence, computed once for the error hint. */
  readonly accepted: string
}

export function shapeOf(rules: Readonly<Record<string, Rule>>, required: readonly string[]): ObjectShape {
  return Object.freeze({ rules, required, accepted: Object.keys(rules).join(', ') })
}

function typed(expected: string, test: (value: unknown) => boolean): Rule {
  return (value, key) => (test(value) ? undefined : { problem: 'wrong-type', key, expected })
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

export const str: Rule = typed('a string', (value) => typeof value === 'string')
/** DynamoDB's ClientRequestToken: 1 to 36 characters. */
export const token: Rule = typed(
  'a string of 1 to 36 characters',
  (value) => typeof value === 'string' && value.length > 0 && value.length <= 36,
)
export const num: Rule = typed('a number', (value) => typeof value === 'number' && Number.isFinite(value))
export const bool: Rule = typed('a boolean', (value) => typeof value === 'boolean')
export const map: Rule = typed('an object', isPlainObject)
export const list: Rule = typed('an array', Array.isArray)
export const strings: Rule = typed(
  'an array of strings',
  (value) => Array.isArray(value) && value.every((entry) => typeof entry === 'string'),
)

export function oneOf(...values: readonly string[]): Rule {
  const allowed = new Set(values)
  const expected = `one of ${values.map((value) => `'${value}'`).join(', ')}`
  return typed(expected, (value) => typeof value === 'string' && allowed.has(value))
}

/** An object whose keys follow `shape`: no unknown key, every required key present. */
export function object(shape: ObjectShape): Rule {
  return (value, key) => {
    if (!isPlainObject(value)) return { problem: 'wrong-type', key, expected: 'an object' }
    return checkObject(value, shape, `${key}.`)
  }
}

/** A map from any name (a table name) to values following `rule`. */
export function mapOf(expected: string, rule: Rule): Rule {
  return (value, key) => {
    if (!isPlainObject(value)) return { problem: 'wrong-type', key, expected }
    for (const name in value) {
      const failure = rule(value[name], `${key}.${name}`)
      if (failure) return failure
    }
    return undefined
  }
}

/** An array whose entries follow `rule`. */
export function listOf(expected: string, rule: Rule): Rule {
  return (value, key) => {
    if (!Array.isArray(value)) return { problem: 'wrong-type', key, expected }
    for (let index = 0; index < value.length; index++) {
      const failure = rule(value[index], `${key}[${index}]`)
      if (failure) return failure
    }
    return undefined
  }
}

/** An object with exactly one of the given keys (a transaction item, a batch write request). */
export function exactlyOne(choices: Readonly<Record<string, Rule>>): Rule {
  const names = Object.keys(choices)
  const expected = `an object with exactly one of ${names.join(', ')}`
  return (value, key) => {
    if (!isPlainObject(value)) return { problem: 'wrong-type', key, expected }
    let chosen: string | undefined
    for (const name in value) {
      if (value[name] === undefined) continue
      if (!Object.hasOwn(choices, name) || chosen !== undefined)
        return {
          problem: chosen === undefined ? 'unknown-key' : 'wrong-type',
          key: `${key}.${name}`,
          expected,
        }
      chosen = name
    }
    if (chosen === undefined) return { problem: 'missing-key', key: `${key}.${names.join('|')}`, expected }
    return (choices[chosen] as Rule)(value[chosen], `${key}.${chosen}`)
  }
}

/**
 * Checks an object against a shape. Keys whose value is `undefined` are skipped: JSON drops them, so
 * they send nothing, and optional fields are commonly spread in as `undefined`.
 */
export function checkObject(
  value: Record<string, unknown>,
  shape: ObjectShape,
  prefix: string,
): ShapeFailure | undefined {
  const { rules } = shape
  for (const name in value) {
    const entry = value[name]
    if (entry === undefined) continue
    const rule = rules[name]
    if (rule === undefined) return { problem: 'unknown-key', key: prefix + name, expected: shape.accepted }
    const failure = rule(entry, prefix + name)
    if (failure) return failure
  }
  for (const name of shape.required) {
    if (value[name] === undefined)
      return { problem: 'missing-key', key: prefix + name, expected: describe(rules[name]) }
  }
  return undefined
}

/** What a rule expects, read off the failure it reports for a value no rule accepts. */
function describe(rule: Rule | undefined): string {
  return rule?.(Symbol.for('missing'), '')?.expected ?? 'present'
}
