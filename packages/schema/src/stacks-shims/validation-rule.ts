/**
 * Base kinds a Stacks validation chain starts from (`schema.string()`, `schema.enum([...])`, ...).
 *
 * @example
 * ```ts
 * const kind: RuleKind = schema.string().max(255).kind // 'string'
 * ```
 */
export type RuleKind =
  | 'string'
  | 'text'
  | 'password'
  | 'number'
  | 'integer'
  | 'float'
  | 'decimal'
  | 'smallint'
  | 'bigint'
  | 'boolean'
  | 'enum'
  | 'date'
  | 'datetime'
  | 'timestamp'
  | 'unix'
  | 'time'
  | 'json'
  | 'array'
  | 'object'
  | 'binary'
  | 'blob'
  | 'custom'
  | 'any'

/**
 * One call in a chain, e.g. `.min(5)` is `{ name: 'min', args: [5] }`.
 *
 * @example
 * ```ts
 * const steps: readonly RuleStep[] = schema.string().min(5).required().steps
 * // [{ name: 'min', args: [5] }, { name: 'required', args: [] }]
 * ```
 */
export interface RuleStep {
  readonly name: string
  readonly args: readonly unknown[]
}

const RULE_BRAND = Symbol.for('dbtooling.validation-rule')

/**
 * A recorded validation chain. Every method returns a new rule (the original is never changed), so a rule
 * shared between attributes stays correct. Methods not listed here are recorded too (see `createRule`).
 *
 * @example
 * ```ts
 * const rule: ValidationRule = schema.string().min(5).required()
 * console.log(rule.kind, rule.steps.length, rule.isRequired) // 'string' 2 true
 * ```
 */
export class ValidationRule<Output = unknown> {
  /** Type only: the values a rule admits when it says (`schema.enum(['a', 'b'])`), for attribute types. */
  declare readonly '~output'?: Output
  readonly [RULE_BRAND] = true
  readonly kind: RuleKind
  /** Arguments of the starting call: the values of `enum`, the item rule of `array`, the shape of `object`. */
  readonly kindArgs: readonly unknown[]
  readonly steps: readonly RuleStep[]

  constructor(kind: RuleKind, kindArgs: readonly unknown[], steps: readonly RuleStep[]) {
    this.kind = kind
    this.kindArgs = Object.freeze([...kindArgs])
    this.steps = Object.freeze([...steps])
    Object.freeze(this)
  }

  /** Last `required()`/`optional()` wins; Stacks treats a chain without either as optional. */
  get isRequired(): boolean {
    const flag = [...this.steps]
      .reverse()
      .find((step) => step.name === 'required' || step.name === 'optional')
    return flag?.name === 'required'
  }

  step(name: string, args: readonly unknown[]): ValidationRule<Output> {
    return createRule<Output>(this.kind, this.kindArgs, [...this.steps, { name, args }])
  }

  required(): ValidationRule<Output> {
    return this.step('required', [])
  }
  optional(): ValidationRule<Output> {
    return this.step('optional', [])
  }
  nullable(): ValidationRule<Output> {
    return this.step('nullable', [])
  }
  min(value: number): ValidationRule<Output> {
    return this.step('min', [value])
  }
  max(value: number): ValidationRule<Output> {
    return this.step('max', [value])
  }
  minLength(value: number): ValidationRule<Output> {
    return this.step('minLength', [value])
  }
  maxLength(value: number): ValidationRule<Output> {
    return this.step('maxLength', [value])
  }
  length(value: number): ValidationRule<Output> {
    return this.step('length', [value])
  }
  email(options?: object): ValidationRule<Output> {
    return this.step('email', options === undefined ? [] : [options])
  }
  url(options?: object): ValidationRule<Output> {
    return this.step('url', options === undefined ? [] : [options])
  }
  uuid(): ValidationRule<Output> {
    return this.step('uuid', [])
  }
  matches(pattern: RegExp): ValidationRule<Output> {
    return this.step('matches', [pattern])
  }
  regex(pattern: RegExp): ValidationRule<Output> {
    return this.step('regex', [pattern])
  }
  alpha(): ValidationRule<Output> {
    return this.step('alpha', [])
  }
  alphanumeric(): ValidationRule<Output> {
    return this.step('alphanumeric', [])
  }
  numeric(): ValidationRule<Output> {
    return this.step('numeric', [])
  }
  equals(value: unknown): ValidationRule<Output> {
    return this.step('equals', [value])
  }
  in(values: readonly unknown[]): ValidationRule<Output> {
    return this.step('in', [values])
  }
  positive(): ValidationRule<Output> {
    return this.step('positive', [])
  }
  negative(): ValidationRule<Output> {
    return this.step('negative', [])
  }
  integer(): ValidationRule<Output> {
    return this.step('integer', [])
  }
  divisibleBy(divisor: number): ValidationRule<Output> {
    return this.step('divisibleBy', [divisor])
  }
  startsWith(prefix: string): ValidationRule<Output> {
    return this.step('startsWith', [prefix])
  }
  endsWith(suffix: string): ValidationRule<Output> {
    return this.step('endsWith', [suffix])
  }
  trim(): ValidationRule<Output> {
    return this.step('trim', [])
  }
  lowercase(): ValidationRule<Output> {
    return this.step('lowercase', [])
  }
  uppercase(): ValidationRule<Output> {
    return this.step('uppercase', [])
  }
  custom(test: (value: unknown) => boolean, message?: string): ValidationRule<Output> {
    return this.step('custom', message === undefined ? [test] : [test, message])
  }
}

/**
 * Whether a value is a recorded validation chain (from `schema.*()` of this package), for telling a rule from
 * a `{ rule, message }` object or anything else.
 *
 * @example
 * ```ts
 * isValidationRule(schema.string().email()) // true
 * isValidationRule({ rule: schema.string(), message: {} }) // false
 * ```
 */
export function isValidationRule(value: unknown): value is ValidationRule {
  return (
    typeof value === 'object' && value !== null && (value as Record<symbol, unknown>)[RULE_BRAND] === true
  )
}

// Names a test printer or runtime may probe; they must not turn into recorded rules.
const reserved = new Set([
  'then',
  'toJSON',
  'asymmetricMatch',
  'nodeType',
  'inspect',
  'valueOf',
  'toString',
  'constructor',
])

/**
 * Creates a rule whose unknown methods are recorded as steps too, so a chain using a rule this stand-in
 * does not know (`.creditCard()`) still loads; `toValibot` skips steps it cannot map.
 */
export function createRule<Output = unknown>(
  kind: RuleKind,
  kindArgs: readonly unknown[],
  steps: readonly RuleStep[],
): ValidationRule<Output> {
  const rule = new ValidationRule<Output>(kind, kindArgs, steps)
  return new Proxy(rule, {
    get(target, key, receiver) {
      if (typeof key === 'symbol' || key in target || reserved.has(key) || !/^[a-z][A-Za-z0-9]*$/.test(key)) {
        return Reflect.get(target, key, receiver)
      }
      return (...args: unknown[]) => target.step(key, args)
    },
  })
}
