import type { ModelBase } from '../model/model-base'

const loaded = new WeakMap<ModelBase, Map<string, unknown>>()

/**
 * A relation value loaded onto a model (`with()`, `load()`), or undefined when not loaded.
 *
 * @example
 * ```ts
 * await user.load('posts')
 * const posts = getLoadedRelation(user, 'posts') // the loaded list, or undefined when not loaded
 * ```
 */
export function getLoaded(model: ModelBase, name: string): unknown {
  return loaded.get(model)?.get(name)
}

export function isLoaded(model: ModelBase, name: string): boolean {
  return loaded.get(model)?.has(name) ?? false
}

export function setLoaded(model: ModelBase, name: string, value: unknown): void {
  let map = loaded.get(model)
  if (!map) {
    map = new Map()
    loaded.set(model, map)
  }
  map.set(name, value)
}

/**
 * Every loaded relation of a model by name (for serialisation).
 *
 * @example
 * ```ts
 * await user.load('posts', 'team')
 * for (const [name, value] of loadedRelations(user)) console.log(name, value)
 * ```
 */
export function loadedRelations(model: ModelBase): ReadonlyMap<string, unknown> {
  return loaded.get(model) ?? new Map()
}
