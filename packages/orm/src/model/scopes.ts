import { attributeNotExists, type Condition } from '@dbtooling/dynamo-client'

/**
 * Name of the global scope that hides soft-deleted items (`withTrashed()` removes it).
 *
 * @example
 * ```ts
 * const everyone = await User.withoutGlobalScope(SOFT_DELETE_SCOPE).get() // same as User.withTrashed()
 * ```
 */
export const SOFT_DELETE_SCOPE = 'softDeletes'

/**
 * A scope body: takes the entity's query builder and returns a narrowed one.
 *
 * @example
 * ```ts
 * const recent: ScopeFunction<ReturnType<typeof Post.query>> = (query) => query.orderBy('createdAt', 'desc').limit(10)
 * Post.addScope('recent', recent)
 * const posts = await Post.scope('recent').get()
 * ```
 */
export type ScopeFunction<Q = unknown> = (query: Q, ...args: unknown[]) => Q

/**
 * A global scope. Either `condition` (pure data, added to the query's filter) or `apply` (a function over
 * the builder). The soft-delete scope is a `condition` so the builder needs no ORM knowledge to honour it.
 *
 * @example
 * ```ts
 * const published: NamedScope = { name: 'published', condition: eq('status', 'published') }
 * ```
 */
export interface NamedScope {
  readonly name: string
  readonly condition?: Condition
  readonly apply?: ScopeFunction
}

/**
 * Global and local scopes per entity. The query builder asks `global(entity)` when it compiles and
 * applies every scope whose name it was not told to skip (`withoutGlobalScope(name)`, `withTrashed()`).
 *
 * @example
 * ```ts
 * const scopes: ScopeRegistry = orm.ctx.scopes
 * console.log(scopes.global('User').map((scope) => scope.name))
 * ```
 */
export class ScopeRegistry {
  private readonly globals = new Map<string, Map<string, NamedScope>>()
  private readonly locals = new Map<string, Map<string, ScopeFunction>>()
  private readonly softDeletes = new Map<string, string>()

  /** Called by createOrm for entities with the soft-delete trait. */
  registerSoftDeletes(entity: string, attribute: string): void {
    this.softDeletes.set(entity, attribute)
    this.addGlobal(entity, { name: SOFT_DELETE_SCOPE, condition: attributeNotExists(attribute) })
  }

  addGlobal(entity: string, scope: NamedScope): void {
    let scopes = this.globals.get(entity)
    if (!scopes) {
      scopes = new Map()
      this.globals.set(entity, scopes)
    }
    scopes.set(scope.name, scope)
  }

  removeGlobal(entity: string, name: string): boolean {
    return this.globals.get(entity)?.delete(name) ?? false
  }

  /** Global scopes of an entity in registration order (soft deletes first). */
  global(entity: string): readonly NamedScope[] {
    const scopes = this.globals.get(entity)
    return scopes ? [...scopes.values()] : []
  }

  /** The soft-delete attribute when the entity soft-deletes, else null (for `withTrashed`/`onlyTrashed`). */
  softDeleteAttribute(entity: string): string | null {
    return this.softDeletes.get(entity) ?? null
  }

  addLocal(entity: string, name: string, scope: ScopeFunction): void {
    let scopes = this.locals.get(entity)
    if (!scopes) {
      scopes = new Map()
      this.locals.set(entity, scopes)
    }
    scopes.set(name, scope)
  }

  local(entity: string, name: string): ScopeFunction | undefined {
    return this.locals.get(entity)?.get(name)
  }

  localNames(entity: string): readonly string[] {
    return [...(this.locals.get(entity)?.keys() ?? [])]
  }
}
