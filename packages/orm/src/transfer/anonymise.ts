import type { AttributeDesign } from '@dbtooling/schema'
import { builtin } from '../node-builtin'
import { TransferError } from './transfer-error'

/**
 * What happens to one attribute on the way: a built-in rule or your own function.
 *
 * @example
 * ```ts
 * const transforms: Record<string, AttributeTransform> = {
 *   email: 'fake',
 *   ssn: 'hash',
 *   notes: 'null',
 *   phone: (value, { digest }) => `+44 7700 ${digest(value).slice(0, 6)}`,
 * }
 * await copyTable(production, local, { transforms: { User: transforms }, secret })
 * ```
 */
export type AttributeTransform =
  | 'fake'
  | 'hash'
  | 'redact'
  | 'null'
  | ((value: unknown, context: TransformContext) => unknown)

/**
 * What a transform function gets besides the value: the model and attribute, the whole item, and `digest`,
 * an HMAC of a value under the copy's secret (the same input gives the same output on every run).
 *
 * @example
 * ```ts
 * const maskCity = (value: unknown, context: TransformContext) =>
 *   context.model === 'User' ? `city-${context.digest(value).slice(0, 8)}` : value
 * ```
 */
export interface TransformContext {
  readonly model: string
  readonly attribute: string
  readonly item: Readonly<Record<string, unknown>>
  /** HMAC-SHA256 of the value under the copy's secret, hex: stable, so equal inputs map to equal outputs. */
  readonly digest: (value: unknown) => string
}

type Faker = import('@faker-js/faker').Faker

/**
 * Applies the transforms to one item's attributes. Every rule is deterministic for a given secret: the same
 * email becomes the same fake email in every item and every run, so lookups and unique guards still agree.
 *
 * @example
 * ```ts
 * const anonymiser = new Anonymiser(secret)
 * await anonymiser.ready(['fake']) // loads faker
 * const safe = anonymiser.apply('User', { email: 'ada@example.com', ssn: '123' }, { email: 'fake', ssn: 'hash' }, {})
 * ```
 */
export class Anonymiser {
  #faker: Faker | null = null

  constructor(private readonly secret: string) {
    if (secret.length < 8) {
      throw new TransferError(
        'INVALID_TRANSFER_OPTIONS',
        'the anonymisation secret is shorter than 8 characters',
        'pass secret: a long random string, kept out of the copy',
      )
    }
  }

  digest(value: unknown): string {
    return builtin('node:crypto')
      .createHmac('sha256', this.secret)
      .update(JSON.stringify(value))
      .digest('hex')
  }

  /** Loads faker only when a `fake` rule is used (it is large). */
  async ready(rules: Iterable<AttributeTransform>): Promise<void> {
    if (this.#faker || ![...rules].includes('fake')) return
    // An instance of our own: seeding it never disturbs the shared `faker` other code (factories) uses.
    const { Faker: FakerClass, en } = await import('@faker-js/faker')
    this.#faker = new FakerClass({ locale: [en] })
  }

  apply(
    model: string,
    attributes: Record<string, unknown>,
    transforms: Readonly<Record<string, AttributeTransform>>,
    designs: Readonly<Record<string, AttributeDesign>>,
  ): Record<string, unknown> {
    const out = { ...attributes }
    for (const [attribute, rule] of Object.entries(transforms)) {
      const value = attributes[attribute]
      if (value === undefined || value === null) continue
      const context: TransformContext = { model, attribute, item: attributes, digest: (v) => this.digest(v) }
      if (typeof rule === 'function') out[attribute] = rule(value, context)
      else if (rule === 'null') out[attribute] = null
      else if (rule === 'redact') out[attribute] = typeof value === 'string' ? '[redacted]' : null
      else if (rule === 'hash') out[attribute] = this.digest(value).slice(0, 32)
      else out[attribute] = this.#fake(attribute, value, designs[attribute])
    }
    return out
  }

  #fake(attribute: string, value: unknown, design: AttributeDesign | undefined): unknown {
    const faker = this.#faker
    if (!faker) throw new Error('Anonymiser.ready() was not awaited before a fake rule')
    const digest = this.digest(value)
    faker.seed(Number.parseInt(digest.slice(0, 12), 16))
    const name = attribute.toLowerCase()
    const tag = digest.slice(0, 6)
    // A fake email carries part of the digest, so two different emails never collide on one fake.
    if (name.includes('email')) return `${faker.internet.username().toLowerCase()}.${tag}@example.com`
    if (design?.type === 'number')
      return faker.number.int({ min: 0, max: 10 ** Math.max(1, String(value).length) })
    if (design?.type === 'boolean') return faker.datatype.boolean()
    if (design?.type === 'date' || design?.type === 'datetime')
      return faker.date.past({ refDate: '2026-01-01' }).toISOString()
    if (name.includes('phone')) return faker.phone.number()
    if (name.includes('first')) return faker.person.firstName()
    if (name.includes('last')) return faker.person.lastName()
    if (name.includes('name')) return faker.person.fullName()
    if (name.includes('address') || name.includes('street')) return faker.location.streetAddress()
    if (name.includes('city')) return faker.location.city()
    return faker.lorem.words(Math.max(1, Math.min(6, String(value).split(/\s+/).length)))
  }
}
