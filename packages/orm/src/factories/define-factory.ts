import type { ModelCtor } from '../write-ops/types'
import { Factory } from './factory'
import type { FactoryDefinition, FactoryHook, FactoryOptions, FactoryState } from './factory-types'

/**
 * A model's factory as `defineFactory` registered it.
 *
 * @example
 * ```ts
 * const registered: RegisteredFactory = { definition: null, states: { admin: { role: 'admin' } }, afterMaking: [], afterCreating: [] }
 * ```
 */
export interface RegisteredFactory {
  readonly definition: FactoryDefinition<ModelCtor> | null
  readonly states: Readonly<Record<string, FactoryState<ModelCtor>>>
  readonly afterMaking: readonly FactoryHook<ModelCtor>[]
  readonly afterCreating: readonly FactoryHook<ModelCtor>[]
}

// By model name, so `orm.model('User').factory()` finds what `defineFactory(User, ...)` registered.
const registry = new Map<string, RegisteredFactory>()

/**
 * Registers the factory of a model and returns it. `User.factory()` starts from it afterwards. Attributes
 * the definition leaves out that the model requires still come from the default factory.
 *
 * ```ts
 * defineFactory(User, ({ faker, sequence }) => ({ name: faker.person.fullName(), email: `u${sequence}@x.io` }), {
 *   states: { admin: { role: 'admin' } },
 * })
 * const admins = await User.factory().count(3).state('admin').create()
 * ```
 *
 * @example
 * ```ts
 * defineFactory(User, ({ faker }) => ({ name: faker.person.fullName() }), { states: { admin: { role: 'admin' } } })
 * const admins = await User.factory().count(3).state('admin').create()
 * ```
 */
export function defineFactory<C extends ModelCtor>(
  model: C,
  definition: FactoryDefinition<C>,
  options: FactoryOptions<C> = {},
): Factory<C> {
  registerFactoryByName(
    model.modelName,
    definition as unknown as FactoryDefinition<ModelCtor>,
    options as unknown as FactoryOptions<ModelCtor>,
  )
  return factoryFor(model)
}

/** `defineFactory` by model name, for factory files that cannot import the model class (see load-factory-files). */
export function registerFactoryByName(
  model: string,
  definition: FactoryDefinition<ModelCtor>,
  options: FactoryOptions<ModelCtor> = {},
): void {
  registry.set(model, {
    definition,
    states: (options.states ?? {}) as Record<string, FactoryState<ModelCtor>>,
    afterMaking: options.afterMaking ? [options.afterMaking] : [],
    afterCreating: options.afterCreating ? [options.afterCreating] : [],
  })
}

/** The registered factory of a model name; undefined when only the default factory exists. */
export function registeredFactory(model: string): RegisteredFactory | undefined {
  return registry.get(model)
}

/**
 * True when `defineFactory` registered one for the model.
 *
 * @example
 * ```ts
 * if (!hasDefinedFactory('User')) defineFactory(User, ({ faker }) => ({ name: faker.person.firstName() }))
 * ```
 */
export function hasDefinedFactory(model: string): boolean {
  return registry.has(model)
}

/**
 * A new factory builder of a model: its registered definition, or the default one from its attributes.
 *
 * @example
 * ```ts
 * const users = await factoryFor(User).count(5).make() // unsaved, validated
 * ```
 */
export function factoryFor<C extends ModelCtor>(model: C): Factory<C> {
  return Factory.of(model)
}
