import type { Factory, FactoryAttributes, InstanceOf, ModelCtor } from '@dbtooling/orm'

function factoryOf<C extends ModelCtor>(model: C): Factory<C> {
  return (model as unknown as { factory(): Factory<C> }).factory()
}

/**
 * An unsaved, validated instance with realistic attributes: `User.factory().makeOne(overrides)`, the
 * factories' own call, under the name tests look for. Nothing is sent.
 */
export function fake<C extends ModelCtor>(
  model: C,
  overrides: FactoryAttributes<C> = {},
): Promise<InstanceOf<C>> {
  return factoryOf(model).makeOne(overrides)
}

/** `count` unsaved instances (`User.factory().count(n).make()`). */
export function fakeMany<C extends ModelCtor>(
  model: C,
  count: number,
  overrides: FactoryAttributes<C> = {},
): Promise<InstanceOf<C>[]> {
  return factoryOf(model).count(count).make(overrides)
}
