import type { ModelBase } from './model-base'
import type { ModelMeta } from './model-meta'

const defined = new WeakMap<object, ModelMeta>()

/**
 * Defines `model.email`-style properties on a model class's prototype, once per class and entity.
 * Names that are already methods or state (`save`, `exists`, ...) are left alone: use get()/set() for them.
 */
export function defineAttributeAccessors(prototype: object, meta: ModelMeta): void {
  if (defined.get(prototype) === meta) return
  defined.set(prototype, meta)
  for (const name of meta.attributeNames) {
    if (name in prototype && !Object.hasOwn(prototype, name)) continue
    Object.defineProperty(prototype, name, {
      configurable: true,
      enumerable: false,
      get(this: ModelBase) {
        return this.getAttribute(name)
      },
      set(this: ModelBase, value: unknown) {
        this.setAttribute(name, value)
      },
    })
  }
}
