import type { ModelEvent, ModelHook } from './hooks'
import type { ModelBase } from './model-base'

type HookList = readonly ModelHook<never>[]

/** Hooks of `Model.on()` along the class chain (subclass last), plus definition hooks first. */
function classHooks(model: ModelBase, event: ModelEvent): HookList {
  const out: ModelHook<never>[] = [...(model.$meta.hooks.get(event) ?? [])]
  const chain: (typeof ModelBase)[] = []
  let ctor: unknown = model.constructor
  while (typeof ctor === 'function' && ctor !== Function.prototype) {
    chain.unshift(ctor as typeof ModelBase)
    ctor = Object.getPrototypeOf(ctor)
  }
  for (const cls of chain) {
    if (Object.hasOwn(cls, '$hooks')) out.push(...(cls.$hooks?.get(event) ?? []))
  }
  return out
}

/** Fires an event for a model; resolves false when a hook cancelled it. */
export function fire(model: ModelBase, event: ModelEvent): Promise<boolean> | boolean {
  const extra = classHooks(model, event)
  const name = model.$meta.name
  if (!model.$ctx.hooks.has(name, event, extra)) return true
  return model.$ctx.hooks.fire(name, event, model, extra)
}
