import type { AttributeDesign, ValidationRuleDesign } from '@dbtooling/schema'
import type { Faker } from './load-faker'

/** What the default factory knows of an attribute: its design, the type as written, and its rules. */
export interface AttributeSpec {
  readonly design: AttributeDesign
  /** `type` as written in the model (`email`, `uuid`, `integer`...), which the design folds into `string`/`number`. */
  readonly rawType: string | undefined
  /** Values of an enum type or an `in` rule; null when none. */
  readonly choices: readonly unknown[] | null
}

interface Bounds {
  min: number | null
  max: number | null
  exact: number | null
}

function numberArg(rule: ValidationRuleDesign): number | null {
  const value = rule.args[0]
  return typeof value === 'number' ? value : typeof value === 'string' && value !== '' ? Number(value) : null
}

function boundsOf(rules: readonly ValidationRuleDesign[]): Bounds {
  const bounds: Bounds = { min: null, max: null, exact: null }
  for (const rule of rules) {
    if (rule.rule === 'min' || rule.rule === 'minLength') bounds.min = numberArg(rule)
    if (rule.rule === 'max' || rule.rule === 'maxLength') bounds.max = numberArg(rule)
    if (rule.rule === 'length') bounds.exact = numberArg(rule)
    if (rule.rule === 'positive') bounds.min = Math.max(bounds.min ?? 1, 1)
    if (rule.rule === 'negative') bounds.max = Math.min(bounds.max ?? -1, -1)
  }
  return bounds
}

/** Enum values from a Stacks `schema.enum([...])` rule or an `in([...])` step. */
export function choicesOf(rules: readonly ValidationRuleDesign[]): unknown[] | null {
  for (const rule of rules) {
    if (rule.rule !== 'enum' && rule.rule !== 'in') continue
    const list = rule.args[0]
    if (Array.isArray(list) && list.length > 0) return list
  }
  return null
}

const has = (rules: readonly ValidationRuleDesign[], name: string) => rules.some((rule) => rule.rule === name)

// Attribute names that say what they hold better than their type does.
const BY_NAME: ReadonlyArray<readonly [RegExp, (faker: Faker) => string]> = [
  [/^(first_?name|given_?name)$/i, (f) => f.person.firstName()],
  [/^(last_?name|surname|family_?name)$/i, (f) => f.person.lastName()],
  [/(^|_)(full_?)?name$|^(user_?name|author)$/i, (f) => f.person.fullName()],
  [/phone/i, (f) => f.phone.number({ style: 'international' })],
  [/^(city|town)$/i, (f) => f.location.city()],
  [/country/i, (f) => f.location.country()],
  [/address|street/i, (f) => f.location.streetAddress()],
  [/^(title|subject|headline)$/i, (f) => f.lorem.sentence({ min: 3, max: 6 }).replace(/\.$/, '')],
  [/^(body|content|description|bio|summary|text|excerpt)$/i, (f) => f.lorem.paragraph()],
  [/company|organi[sz]ation/i, (f) => f.company.name()],
  [/slug/i, (f) => f.lorem.slug(3)],
  [/colou?r/i, (f) => f.color.human()],
  [/password/i, (f) => f.internet.password({ length: 16 })],
]

function fitLength(text: string, bounds: Bounds, faker: Faker): string {
  const min = bounds.exact ?? bounds.min ?? 0
  const max = bounds.exact ?? bounds.max ?? Number.POSITIVE_INFINITY
  let out = text
  while (out.length < min) out += faker.string.alpha({ length: min - out.length, casing: 'lower' })
  if (out.length > max) out = out.slice(0, max).trimEnd()
  while (out.length < min) out += 'x'
  return out
}

function stringValue(spec: AttributeSpec, faker: Faker, sequence: number): string {
  const rules = spec.design.validation
  const bounds = boundsOf(rules)
  const name = spec.design.name
  let text: string
  if (spec.rawType === 'email' || has(rules, 'email') || /e_?mail/i.test(name)) {
    // The position keeps unique emails unique without retries; emails never get cut to fit.
    text = faker.internet.email().replace('@', `.${sequence}@`).toLowerCase()
    return text
  }
  if (spec.rawType === 'uuid' || has(rules, 'uuid')) return faker.string.uuid()
  if (has(rules, 'url') || /(^|_)(url|website|link)$/i.test(name)) return faker.internet.url()
  if (has(rules, 'numeric')) text = faker.string.numeric(bounds.exact ?? bounds.max ?? 8)
  else if (has(rules, 'alpha')) text = faker.string.alpha(bounds.exact ?? Math.min(bounds.max ?? 12, 12))
  else if (has(rules, 'alphanumeric'))
    text = faker.string.alphanumeric(bounds.exact ?? Math.min(bounds.max ?? 12, 12))
  else {
    const named = BY_NAME.find(([pattern]) => pattern.test(name))
    text = named ? named[1](faker) : spec.rawType === 'text' ? faker.lorem.paragraph() : faker.lorem.words(3)
  }
  if (has(rules, 'lowercase')) text = text.toLowerCase()
  if (has(rules, 'uppercase')) text = text.toUpperCase()
  const prefix = rules.find((rule) => rule.rule === 'startsWith')?.args[0]
  if (typeof prefix === 'string') text = prefix + text
  const suffix = rules.find((rule) => rule.rule === 'endsWith')?.args[0]
  if (typeof suffix === 'string') text += suffix
  return fitLength(text, bounds, faker)
}

function numberValue(spec: AttributeSpec, faker: Faker): number {
  const bounds = boundsOf(spec.design.validation)
  const decimal = spec.rawType === 'float' || spec.rawType === 'decimal'
  const integer = !decimal || has(spec.design.validation, 'integer')
  const min = bounds.min ?? (bounds.max !== null ? Math.min(0, bounds.max - 1000) : 0)
  const max = bounds.max ?? min + 1000
  if (integer) return faker.number.int({ min: Math.ceil(min), max: Math.floor(max) })
  return faker.number.float({ min, max, fractionDigits: 2 })
}

/**
 * A value for an attribute from its type and validation rules: emails, urls, uuids, enum members, strings
 * within min/max length, numbers in range, dates before the reference date. Attribute names such as
 * `firstName`, `title` or `phone` pick a matching faker generator.
 */
export function valueFromRules(spec: AttributeSpec, faker: Faker, sequence: number): unknown {
  if (spec.choices) return faker.helpers.arrayElement(spec.choices)
  switch (spec.design.type) {
    case 'number':
      return numberValue(spec, faker)
    case 'boolean':
      return faker.datatype.boolean()
    case 'date':
      return faker.date.past({ years: 2 }).toISOString().slice(0, 10)
    case 'datetime':
      return faker.date.past({ years: 2 }).toISOString()
    case 'json':
      return { note: faker.lorem.words(2) }
    case 'array':
      return faker.lorem.words(3).split(' ')
    case 'set':
      return [...new Set(faker.lorem.words(3).split(' '))].sort()
    case 'binary':
      return Uint8Array.from({ length: 8 }, () => faker.number.int(255))
    default:
      return stringValue(spec, faker, sequence)
  }
}
