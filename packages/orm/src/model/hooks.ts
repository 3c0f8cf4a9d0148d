import type { QueryHookContext, QueryHooks } from '@dbtooling/schema'

/**
 * Model lifecycle events, in Eloquent's names. `-ing` events run before the write and may cancel it.
 *
 * @example
 * ```ts
 * const event: ModelEvent = 'creating'
 * const remove = User.on(event, (user) => { user.name = user.name?.trim() })
 * ```
 */
export type ModelEvent =
  | 'creating'
  | 'created'
  | 'updating'
  | 'updated'
  | 'saving'
  | 'saved'
  | 'deleting'
  | 'deleted'
  | 'restoring'
  | 'restored'
  | 'forceDeleting'
  | 'forceDeleted'

/**
 * Every model lifecycle event, in the order a write fires them (create, update, save, delete, restore, force delete).
 *
 * @example
 * ```ts
 * for (const event of MODEL_EVENTS) User.on(event, (user) => console.log(event, user))
 * ```
 */
export const MODEL_EVENTS: readonly ModelEvent[] = [
  'creating',
  'created',
  'updating',
  'updated',
  'saving',
  'saved',
  'deleting',
  'deleted',
  'restoring',
  'restored',
  'forceDeleting',
  'forceDeleted',
]

/**
 * A hook; returning `false` from a `-ing` hook cancels the operation.
 *
 * @example
 * ```ts
 * const noSpam: ModelHook<InstanceType<typeof Comment>> = (comment) => !comment.body.includes('http://')
 * Comment.on('creating', noSpam)
 * ```
 */
// biome-ignore lint/suspicious/noConfusingVoidType: hooks that return nothing are the common case
export type ModelHook<M = unknown> = (model: M) => void | boolean | Promise<void | boolean>

type AnyHook = ModelHook<never>

/** Global hooks from config (`queryBuilder.hooks`) mapped onto model events. */
const CONFIG_EVENTS: Readonly<Partial<Record<keyof QueryHooks, readonly ModelEvent[]>>> = {
  beforeCreate: ['creating'],
  afterCreate: ['created'],
  beforeUpdate: ['updating'],
  afterUpdate: ['updated'],
  beforeDelete: ['deleting', 'forceDeleting'],
  afterDelete: ['deleted', 'forceDeleted'],
}

/**
 * Hooks per entity and global ones. Order when an event fires: hooks from the model definition, then
 * `Model.on()` hooks, then global hooks; the first `false` stops the rest.
 *
 * @example
 * ```ts
 * const registry: HookRegistry = orm.ctx.hooks
 * registry.onGlobal('saving', (model) => console.log('saving', model))
 * ```
 */
export class HookRegistry {
  private readonly perEntity = new Map<string, Map<ModelEvent, AnyHook[]>>()
  private readonly global = new Map<ModelEvent, AnyHook[]>()
  /** Hooks ever registered here; while none were, `has()` looks only at the caller's list. */
  private registered = 0

  constructor(private readonly queryHooks: QueryHooks = {}) {
    for (const [name, events] of Object.entries(CONFIG_EVENTS)) {
      const hook = queryHooks[name as keyof QueryHooks]
      if (!hook) continue
      for (const event of events ?? []) this.onGlobal(event, configHook(hook, event))
    }
  }

  /** Registers a hook for one entity; returns a function that removes it. */
  on<M>(entity: string, event: ModelEvent, hook: ModelHook<M>): () => void {
    let events = this.perEntity.get(entity)
    if (!events) {
      events = new Map()
      this.perEntity.set(entity, events)
    }
    this.registered += 1
    return add(events, event, hook as AnyHook)
  }

  /** Registers a hook for every entity. */
  onGlobal<M>(event: ModelEvent, hook: ModelHook<M>): () => void {
    this.registered += 1
    return add(this.global, event, hook as AnyHook)
  }

  /** True when anything listens to the event (lets writes skip the async hop when nobody does). */
  has(entity: string, event: ModelEvent, extra?: readonly AnyHook[]): boolean {
    if (extra !== undefined && extra.length > 0) return true
    if (this.registered === 0) return false
    return (
      (this.perEntity.get(entity)?.get(event)?.length ?? 0) > 0 || (this.global.get(event)?.length ?? 0) > 0
    )
  }

  /** Runs the hooks of an event in order; resolves false when one of them returned false. */
  async fire(
    entity: string,
    event: ModelEvent,
    model: unknown,
    extra: readonly AnyHook[] = [],
  ): Promise<boolean> {
    const lists = [extra, this.perEntity.get(entity)?.get(event) ?? [], this.global.get(event) ?? []]
    for (const list of lists) {
      for (const hook of [...list]) {
        if ((await (hook as ModelHook<unknown>)(model)) === false) return false
      }
    }
    return true
  }

  /** Runs the config's `beforeQuery`/`afterQuery` hook (the query builder calls this). */
  async query(phase: 'before' | 'after', context: QueryHookContext): Promise<void> {
    const hook = phase === 'before' ? this.queryHooks.beforeQuery : this.queryHooks.afterQuery
    if (hook) await hook(context)
  }
}

function add(events: Map<ModelEvent, AnyHook[]>, event: ModelEvent, hook: AnyHook): () => void {
  const list = events.get(event)
  if (list) list.push(hook)
  else events.set(event, [hook])
  return () => {
    const current = events.get(event)
    const at = current?.indexOf(hook) ?? -1
    if (current && at >= 0) current.splice(at, 1)
  }
}

function configHook(hook: NonNullable<QueryHooks['beforeCreate']>, event: ModelEvent): ModelHook<unknown> {
  return async (model) => {
    const named = model as {
      constructor?: { modelName?: unknown }
      toStorage?: () => Record<string, unknown>
    }
    const name = typeof named.constructor?.modelName === 'string' ? named.constructor.modelName : 'unknown'
    const data = typeof named.toStorage === 'function' ? named.toStorage() : null
    const result: unknown = await hook({ model: name, operation: event, data })
    return result === false ? false : undefined
  }
}
