import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import * as v from 'valibot'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  describeValidation,
  isValidationRule,
  type LoadedModel,
  loadModels,
  type RawModel,
  StacksShimError,
  toValibot,
} from '../../src/loader/index'
import { fixtureModelsPath, stacksProject } from './fake-stacks-packages'

const root = mkdtempSync(join(tmpdir(), 'dbtooling-stacks-'))
afterAll(() => rmSync(root, { recursive: true, force: true }))

const expectedFiles = [
  'blog/Author.ts',
  'blog/Category.mjs',
  'blog/Comment.ts',
  'blog/Post.ts',
  'blog/Profile.ts',
  'blog/Subscriber.ts',
  'blog/Tag.js',
  'blog/User.ts',
  'saas/AuditLog.ts',
  'saas/Invoice.ts',
  'saas/PersonalAccessToken.ts',
  'saas/Plan.ts',
  'saas/Project.ts',
  'saas/Subscription.ts',
  'saas/Task.ts',
  'saas/Team.ts',
  'shop/Cart.ts',
  'shop/CartItem.ts',
  'shop/Coupon.ts',
  'shop/Customer.ts',
  'shop/Manufacturer.ts',
  'shop/Order.ts',
  'shop/OrderItem.ts',
  'shop/Payment.ts',
  'shop/Product.ts',
  'shop/ProductVariant.ts',
  'shop/Review.ts',
  'shop/ShippingMethod.ts',
]

// Loading all fixtures takes a while on a busy machine, so both describe blocks share one load.
let shimmed: Promise<LoadedModel[]> | null = null
const shimmedModels = () => {
  shimmed ??= loadModels({ modelsPath: fixtureModelsPath })
  return shimmed
}

function byName(models: LoadedModel[], name: string): RawModel {
  const model = models.find((entry) => entry.name === name)
  if (!model) throw new Error(`model ${name} not loaded`)
  return model.definition
}

/** Reads a dotted path (`attributes.name.validation`) out of an untyped definition. */
function dig(value: unknown, path: string): unknown {
  return path
    .split('.')
    .reduce<unknown>((current, key) => (current as Record<string, unknown> | undefined)?.[key], value)
}

/** Calls the function found at a dotted path. */
function call(value: unknown, path: string, ...args: unknown[]): unknown {
  const fn = dig(value, path)
  if (typeof fn !== 'function') throw new Error(`${path} is not a function`)
  return fn(...args)
}

describe('loading the Stacks fixture models without @stacksjs packages (stand-ins)', () => {
  let models: LoadedModel[]
  beforeAll(async () => {
    models = await shimmedModels()
  })

  it('loads every model file recursively, in stable sorted order, with its source path', () => {
    expect(models.map((model) => relative(fixtureModelsPath, model.source!))).toEqual(expectedFiles)
    expect(models.map((model) => model.name)).toContain('PersonalAccessToken')
    expect(models).toHaveLength(28)
  })

  it('keeps the definitions intact: traits, indexes, relations as strings and objects, dashboard', () => {
    const user = byName(models, 'User')
    expect(dig(user, 'traits.useAuth')).toEqual({ usePasskey: true, useTwoFactor: true })
    expect(dig(user, 'traits.useSocials')).toEqual(['github', 'google'])
    expect(dig(user, 'indexes')).toEqual([{ name: 'users_email_name_index', columns: ['email', 'name'] }])
    expect(dig(user, 'hasMany')).toEqual([
      'Post',
      'Comment',
      { model: 'PersonalAccessToken', relationName: 'tokens' },
    ])
    expect((dig(user, 'belongsToMany') as unknown[])[0]).toMatchObject({
      model: 'Team',
      pivotTable: 'team_users',
    })
    expect(dig(user, 'dashboard')).toEqual({ highlight: true })
    expect(dig(byName(models, 'Comment'), 'morphTo')).toEqual({ name: 'commentable' })
    expect(dig(byName(models, 'Task'), 'morphMany')).toEqual([{ model: 'Comment', morphName: 'commentable' }])
  })

  it('loads `satisfies Model` objects without defineModel and values from local helper modules', () => {
    const post = byName(models, 'Post')
    expect(dig(post, 'attributes.status.default')).toBe('draft')
    const order = byName(models, 'Order')
    expect(describeValidation(dig(order, 'attributes.status.validation'))[0]).toEqual({
      rule: 'enum',
      args: [['PENDING', 'PAID', 'SHIPPED', 'DELIVERED', 'CANCELED', 'REFUNDED']],
      message: null,
    })
  })

  it('records validation chains as rules with messages', () => {
    const name = dig(byName(models, 'User'), 'attributes.name.validation')
    expect(isValidationRule(dig(name, 'rule'))).toBe(true)
    expect(describeValidation(name)).toEqual([
      { rule: 'string', args: [], message: null },
      { rule: 'required', args: [], message: null },
      { rule: 'min', args: [3], message: 'Name must have a minimum of 3 characters' },
      { rule: 'max', args: [100], message: 'Name must have a maximum of 100 characters' },
    ])
    expect(describeValidation(dig(byName(models, 'Post'), 'attributes.status.validation'))[0]?.message).toBe(
      'Status must be either published, draft, or archived',
    )
  })

  it('maps fixture rules onto valibot with their messages', () => {
    const email = toValibot(dig(byName(models, 'User'), 'attributes.email.validation'))
    expect(v.safeParse(email, 'ada@example.com').success).toBe(true)
    expect(v.safeParse(email, 'not-an-email').issues?.[0]?.message).toBe(
      'Email must be a valid email address',
    )
    expect(v.safeParse(email, undefined).issues?.[0]?.message).toBe('Email is required')
    const rating = toValibot(dig(byName(models, 'Review'), 'attributes.rating.validation'))
    expect(v.safeParse(rating, 6).issues?.[0]?.message).toBe('Rating must be at most 5')
    expect(v.safeParse(rating, 4).success).toBe(true)
    const labels = toValibot(dig(byName(models, 'Task'), 'attributes.labels.validation'))
    expect(v.safeParse(labels, ['bug']).success).toBe(true)
    expect(v.safeParse(labels, ['x'.repeat(31)]).success).toBe(false)
  })

  it('keeps factories and getters callable, while stand-in helpers throw only when called', async () => {
    const user = byName(models, 'User')
    expect(call(user, 'attributes.password.factory')).toBe('123456')
    expect(call(user, 'get.salutationName', { name: 'Ada' })).toBe('Mr. Ada')
    await expect(call(user, 'set.password', { password: 'x' })).rejects.toBeInstanceOf(StacksShimError)
    await expect(call(user, 'set.password', { password: 'x' })).rejects.toThrow(
      /@stacksjs\/security.*makeHash/,
    )
    expect(() => call(byName(models, 'Team'), 'set.slug', { name: 'Acme' })).toThrow(StacksShimError)
    expect(() => call(byName(models, 'Invoice'), 'get.formattedAmount', { amountCents: 100 })).toThrow(
      /@stacksjs\/utils/,
    )
  })
})

describe('loading the same models with @stacksjs packages installed', () => {
  let withPackages: LoadedModel[]
  let withShims: LoadedModel[]
  beforeAll(async () => {
    const installed = stacksProject(join(root, 'installed'), true)
    ;(globalThis as Record<string, unknown>).__fakeStacksOrmCalls = 0
    withPackages = await loadModels({ modelsPath: installed })
    withShims = await shimmedModels()
  })

  it('uses the installed packages', async () => {
    expect((globalThis as Record<string, unknown>).__fakeStacksOrmCalls).toBe(26)
    const user = byName(withPackages, 'User')
    expect(isValidationRule(dig(user, 'attributes.name.validation.rule'))).toBe(false)
    await expect(call(user, 'set.password', { password: 'x' })).resolves.toBe('hashed:x')
    expect(call(byName(withPackages, 'Team'), 'set.slug', { name: 'Acme Inc' })).toBe('acme-inc')
  })

  it('loads the same models with the same validation descriptions', () => {
    expect(withPackages.map((model) => model.name)).toEqual(withShims.map((model) => model.name))
    const sorted = (definition: unknown) =>
      describeValidation(definition).sort((a, b) => (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0))
    for (const [index, model] of withPackages.entries()) {
      const shimmed = withShims[index]!
      for (const [attribute, spec] of Object.entries(
        (model.definition.attributes ?? {}) as Record<string, unknown>,
      )) {
        const other = dig(shimmed.definition, `attributes.${attribute}`)
        expect(sorted(dig(spec, 'validation')), `${model.name}.${attribute}`).toEqual(
          sorted(dig(other, 'validation')),
        )
      }
    }
  })

  it('maps validators of the installed package onto valibot too', () => {
    const email = toValibot(dig(byName(withPackages, 'User'), 'attributes.email.validation'))
    expect(v.safeParse(email, 'nope').issues?.[0]?.message).toBe('Email must be a valid email address')
    expect(v.safeParse(email, 'ada@example.com').success).toBe(true)
  })

  it("stacksShims: 'always' uses stand-ins even when the packages are installed", async () => {
    const models = await loadModels({
      modelsPath: join(root, 'installed', 'stacks-models'),
      stacksShims: 'always',
    })
    expect(isValidationRule(dig(byName(models, 'User'), 'attributes.name.validation.rule'))).toBe(true)
  })
})
