import { AsyncLocalStorage } from 'node:async_hooks'
import type { DynamoClient, Middleware } from '@dbtooling/dynamo-client'

type Item = Record<string, unknown>

/**
 * Hits and misses of one unit of work's relationship cache.
 *
 * @example
 * ```ts
 * await unitOfWork(async (unit) => {
 *   await Folder.query().with('parent').get()
 *   const stats: UnitOfWorkStats = unit.stats
 *   console.log(stats)
 * })
 * ```
 */
export interface UnitOfWorkStats {
  hits: number
  misses: number
  /** Times a write through the client emptied the cache. */
  invalidations: number
}

/**
 * The relationship cache of one unit of work (a request, a job): stored items by table and key, so a
 * parent that many children point at is read once, however many loads ask for it. Null records "read,
 * not found" so misses are not re-read either.
 *
 * @example
 * ```ts
 * await unitOfWork(async (unit: UnitOfWork) => {
 *   await Post.query().with('author').get()
 *   await Comment.query().with('author').get() // authors read above come from the unit
 *   console.log(unit.stats)
 * })
 * ```
 */
export class UnitOfWork {
  readonly #items = new Map<string, Item | null>()
  readonly stats: UnitOfWorkStats = { hits: 0, misses: 0, invalidations: 0 }

  static key(table: string, identity: string): string {
    return `${table}\u0000${identity}`
  }

  lookup(table: string, identity: string): Item | null | undefined {
    const found = this.#items.get(UnitOfWork.key(table, identity))
    if (found === undefined) this.stats.misses += 1
    else this.stats.hits += 1
    return found
  }

  remember(table: string, identity: string, item: Item | null): void {
    this.#items.set(UnitOfWork.key(table, identity), item)
  }

  /** Forgets everything (any write may change what a cached key holds). */
  clear(): void {
    if (this.#items.size > 0) this.stats.invalidations += 1
    this.#items.clear()
  }

  get size(): number {
    return this.#items.size
  }
}

const storage = new AsyncLocalStorage<UnitOfWork>()

/**
 * The unit of work the current async call chain runs in, or undefined outside `unitOfWork()`.
 *
 * @example
 * ```ts
 * await unitOfWork(async () => {
 *   await User.find('u1')
 *   console.log(currentUnitOfWork()?.stats) // inside: the unit; outside: undefined
 * })
 * ```
 */
export function currentUnitOfWork(): UnitOfWork | undefined {
  return storage.getStore()
}

const WRITES = new Set([
  'PutItem',
  'UpdateItem',
  'DeleteItem',
  'BatchWriteItem',
  'TransactWriteItems',
  'ExecuteStatement',
  'BatchExecuteStatement',
  'ExecuteTransaction',
])

const watched = new WeakSet<DynamoClient>()

/**
 * Empties the current unit's cache whenever the client sends a write, so a relation read after a write
 * in the same unit never returns the item as it was before the write. Installed once per client.
 *
 * @example
 * ```ts
 * watchWrites(orm.client) // writes through this client drop what a running unit of work remembered
 * ```
 */
export function watchWrites(client: DynamoClient): void {
  if (watched.has(client)) return
  watched.add(client)
  const middleware: Middleware = {
    name: 'unit-of-work-invalidation',
    onRequest(event) {
      if (event.attempt === 1 && WRITES.has(event.operation)) storage.getStore()?.clear()
    },
  }
  client.use(middleware)
}

/**
 * Runs `fn` in a unit of work: relation loads inside it (`related()`, `load()`, `with()`) read each
 * parent at most once. Nested calls join the outer unit.
 *
 * ```ts
 * await unitOfWork(async () => {
 *   await post1.related('user') // GetItem
 *   await post2.related('user') // same user: no request
 * })
 * ```
 *
 * @example
 * ```ts
 * const posts = await unitOfWork(async () => Post.query().with('author', 'comments.author').get())
 * ```
 */
export function unitOfWork<T>(fn: (unit: UnitOfWork) => Promise<T> | T): Promise<T> {
  const outer = storage.getStore()
  if (outer) return Promise.resolve(fn(outer))
  const unit = new UnitOfWork()
  return storage.run(unit, async () => fn(unit))
}
