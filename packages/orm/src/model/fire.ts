import type { ModelEvent, ModelHook } from './hooks'
import type { ModelBase } from './model-base'

type HookList = readonly ModelHook<never>[]

const NONE: HookList = []

/** How many `Model.on()` hooks were ever registered; while none were, no class chain is walked. */
let classHookRegistrations = 0

/** Called by `Model.on()`. */
export function noteClassHook(): void {
  classHookRegistrations += 1
}

/** Hooks of `Model.on()` along the class chain (subclass last), plus definition hooks first. */
function classHooks(model: ModelBase, event: ModelEvent): HookList {
  const own = model.$meta.hooks.get(event)
  if (classHookRegistrations === 0) return own ?? NONE
  // Walk up from the model's class; most chains carry no hooks, so nothing is allocated for them.
  let found: HookList[] | null = null
  let ctor: unknown = model.constructor
  while (typeof ctor === 'function' && ctor !== Function.prototype) {
    const cls = ctor as typeof ModelBase
    const list = Object.hasOwn(cls, '$hooks') ? cls.$hooks?.get(event) : undefined
    if (list && list.length > 0) {
      found ??= []
      found.push(list)
    }
    ctor = Object.getPrototypeOf(ctor)
  }
  if (!found) return own ?? NONE
  const out: ModelHook<never>[] = [...(own ?? [])]
  for (let i = found.length - 1; i >= 0; i--) out.push(...found[i]!)
  return out
}

/** Fires an event for a model; resolves false when a hook cancelled it. */
export function fire(model: ModelBase, event: ModelEvent): Promise<boolean> | boolean {
  const extra = classHooks(model, event)
  const name = model.$meta.name
  if (!model.$ctx.hooks.has(name, event, extra)) return true
  return model.$ctx.hooks.fire(name, event, model, extra)
}

/**
 * Fires events in order until a hook cancels one. Answers `true` synchronously when no hook is
 * registered for any of them, so a save without hooks spends no microtask turns here.
 */
export function fireAll(model: ModelBase, events: readonly ModelEvent[]): Promise<boolean> | boolean {
  for (let index = 0; index < events.length; index++) {
    const fired = fire(model, events[index]!)
    if (fired === false) return false
    if (fired !== true) return fired.then((ok) => ok && fireAll(model, events.slice(index + 1)))
  }
  return true
}
