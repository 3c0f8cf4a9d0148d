import type { FactoryDescription, FactoryLike } from './factory-types'

/** True for a factory builder (as opposed to a stored model or a list of them). */
export function isFactory(value: unknown): value is FactoryLike {
  return typeof value === 'object' && value !== null && 'description' in value && !('$state' in value)
}

/** Recycled models reach nested factories too, as in Laravel; the nested factory's own pools win. */
export function withRecycle(nested: FactoryDescription, parent: FactoryDescription): FactoryDescription {
  if (parent.recycle.size === 0) return nested
  const recycle = new Map(parent.recycle)
  for (const [name, models] of nested.recycle) recycle.set(name, models)
  return { ...nested, recycle }
}
