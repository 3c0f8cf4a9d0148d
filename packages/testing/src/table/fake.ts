import type { Factory, FactoryAttributes, InstanceOf, ModelCtor } from '@dbtooling/orm'

function factoryOf<C extends ModelCtor>(model: C): Factory<C> {
  return (model as unknown as { factory(): Factory<C> }).factory()
}

/**
 * An unsaved, validated instance with realistic attributes: `User.factory().makeOne(overrides)`, the
 * factories' own call, under the name tests look for. Nothing is sent.
 *
 * @example
 * ```ts
 * const user = await fake(User, { name: 'Ada' }) // unsaved and validated
 * await user.save()
 * ```
 */
export function fake<C extends ModelCtor>(
  model: C,
  overrides: FactoryAttributes<C> = {},
): Promise<InstanceOf<C>> {
  return factoryOf(model).makeOne(overrides)
}

/**
 * `count` unsaved instances (`User.factory().count(n).make()`).
 *
 * @example
 * ```ts
 * const users = await fakeMany(User, 3, { role: 'viewer' })
 * ```
 */
export function fakeMany<C extends ModelCtor>(
  model: C,
  count: number,
  overrides: FactoryAttributes<C> = {},
): Promise<InstanceOf<C>[]> {
  return factoryOf(model).count(count).make(overrides)
}
