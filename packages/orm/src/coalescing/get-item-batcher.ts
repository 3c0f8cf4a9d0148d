import {
  type AttributeMap,
  type BatchOptions,
  batchGetAll,
  type GetItemInput,
  type GetItemOutput,
  type OperationSender,
  UnprocessedItemsError,
} from '@dbtooling/dynamo-client'
import { canonicalJson } from './canonical-json'
import { type CoalescingWindow, scheduleFlush } from './coalescing-options'

interface Waiter {
  resolve(output: GetItemOutput): void
  reject(error: unknown): void
}

interface Slot {
  readonly input: GetItemInput
  readonly waiters: Waiter[]
}

interface Group {
  readonly table: string
  readonly consistent: boolean
  readonly slots: Map<string, Slot>
}

/**
 * Counters of what the batcher saved.
 *
 * @example
 * ```ts
 * const stats: BatcherStats = batcher.stats()
 * console.log(`${stats.calls} finds sent as ${stats.batchRequests} BatchGetItem + ${stats.getRequests} GetItem requests`)
 * ```
 */
export interface BatcherStats {
  /** GetItem calls that went through the batcher. */
  readonly calls: number
  /** BatchGetItem requests sent for them (retries of unprocessed keys included). */
  readonly batchRequests: number
  /** GetItem requests sent (a window with one key, or a key left unprocessed). */
  readonly getRequests: number
}

/**
 * Whether a GetItem can join a batch without changing its answer: a plain key lookup whose key values are
 * all strings (number keys come back normalised, so `01` would not match `1`), no projection (the key
 * attributes must come back to match items to callers), no capacity report of its own.
 *
 * @example
 * ```ts
 * isBatchableGet({ TableName: 'app', Key: { pk: { S: 'USER#1' }, sk: { S: 'USER#1' } } }) // true
 * isBatchableGet({ TableName: 'app', Key: { pk: { S: 'USER#1' } }, ProjectionExpression: 'email' }) // false
 * ```
 */
export function isBatchableGet(input: GetItemInput): boolean {
  if (input.ProjectionExpression !== undefined || input.AttributesToGet !== undefined) return false
  if (input.ReturnConsumedCapacity !== undefined && input.ReturnConsumedCapacity !== 'NONE') return false
  const key = input.Key
  for (const name in key) if ((key[name] as { S?: unknown }).S === undefined) return false
  return true
}

/** The identity of a key: its attributes in `names` order (every batchable key value is a string). */
function keyId(key: AttributeMap, names: readonly string[]): string {
  let id = ''
  for (const name of names) {
    const value = key[name] as { S?: unknown } | undefined
    // \u0000 cannot occur in attribute names; JSON text keeps values with any characters apart.
    id +=
      typeof value?.S === 'string'
        ? `${name}\u0000${JSON.stringify(value.S)}\u0000`
        : `${name}\u0000${canonicalJson(value)}\u0000`
  }
  return id
}

/** A key's attribute names in a fixed order (a table key has one or two). */
function keyNames(key: AttributeMap): readonly string[] {
  const names = Object.keys(key)
  return names.length === 2 && names[0]! > names[1]!
    ? [names[1]!, names[0]!]
    : names.length > 2
      ? names.sort()
      : names
}

/**
 * DataLoader-style GetItem batching: keys asked for while the window is open are deduplicated, sent as
 * BatchGetItem requests of at most `maxBatchSize` keys per table and consistency, and every caller gets
 * a GetItem-shaped answer (`{ Item }`, or `{}` when there is no such item).
 *
 * @example
 * ```ts
 * const batcher = new GetItemBatcher(client, 'tick', 100)
 * const [a, b] = await Promise.all([
 *   batcher.load({ TableName: 'app', Key: { pk: { S: 'USER#1' }, sk: { S: 'USER#1' } } }),
 *   batcher.load({ TableName: 'app', Key: { pk: { S: 'USER#2' }, sk: { S: 'USER#2' } } }),
 * ]) // one BatchGetItem; a.Item and b.Item as GetItem would answer
 * ```
 */
export class GetItemBatcher {
  #groups = new Map<string, Group>()
  /** The only key of the window so far (then `#groups` is empty), or null. */
  #lone: { readonly input: GetItemInput; readonly waiter: Waiter } | null = null
  #scheduled = false
  /** Bound once: every window schedules it. */
  readonly #flushNow = () => this.#flush()
  #calls = 0
  #batchRequests = 0
  #getRequests = 0

  constructor(
    private readonly sender: OperationSender,
    private readonly window: CoalescingWindow,
    private readonly maxBatchSize: number,
    /** Retry settings for unprocessed keys (the client's batch defaults when omitted). */
    private readonly retry: Pick<BatchOptions, 'maxAttempts' | 'baseDelayMs' | 'maxDelayMs'> = {},
  ) {}

  stats(): BatcherStats {
    return { calls: this.#calls, batchRequests: this.#batchRequests, getRequests: this.#getRequests }
  }

  load(input: GetItemInput): Promise<GetItemOutput> {
    this.#calls++
    let waiter!: Waiter
    const answer = new Promise<GetItemOutput>((resolve, reject) => {
      waiter = { resolve, reject }
    })
    if (!this.#scheduled) {
      // The first key of a window waits on its own: most windows hold one find, which then goes out as a
      // GetItem without building any group, slot or key identity.
      this.#scheduled = true
      this.#lone = { input, waiter }
      scheduleFlush(this.window, this.#flushNow)
      return answer
    }
    const lone = this.#lone
    if (lone !== null) {
      this.#lone = null
      this.#add(lone.input, lone.waiter)
    }
    this.#add(input, waiter)
    return answer
  }

  /** Files a key under its table and consistency; the same key asked twice shares one slot. */
  #add(input: GetItemInput, waiter: Waiter): void {
    const consistent = input.ConsistentRead === true
    const groupKey = `${consistent ? 'c' : 'e'}:${input.TableName}`
    let group = this.#groups.get(groupKey)
    if (!group) {
      group = { table: input.TableName, consistent, slots: new Map() }
      this.#groups.set(groupKey, group)
    }
    const id = keyId(input.Key, keyNames(input.Key))
    let slot = group.slots.get(id)
    if (!slot) {
      slot = { input, waiters: [] }
      group.slots.set(id, slot)
    }
    slot.waiters.push(waiter)
  }

  #flush(): void {
    this.#scheduled = false
    const lone = this.#lone
    if (lone !== null) {
      this.#lone = null
      this.#getRequests++
      // Its answer is the GetItem's own, as without coalescing (capacity included when the client asks).
      this.sender.send('GetItem', lone.input).then(lone.waiter.resolve, lone.waiter.reject)
      return
    }
    const groups = this.#groups
    this.#groups = new Map()
    for (const group of groups.values()) {
      // A lone key of its table goes out without copying anything.
      if (group.slots.size === 1) {
        for (const slot of group.slots.values()) void this.#sendOne(slot)
        continue
      }
      const slots = [...group.slots.entries()]
      for (let start = 0; start < slots.length; start += this.maxBatchSize) {
        void this.#sendBatch(group, new Map(slots.slice(start, start + this.maxBatchSize)))
      }
    }
  }

  async #sendOne(slot: Slot): Promise<void> {
    this.#getRequests++
    try {
      answer(slot, (await this.sender.send('GetItem', slot.input)).Item)
    } catch (error) {
      for (const waiter of slot.waiters) waiter.reject(error)
    }
  }

  async #sendBatch(group: Group, slots: Map<string, Slot>): Promise<void> {
    const first = slots.values().next().value as Slot
    const names = keyNames(first.input.Key)
    const keys = [...slots.values()].map((slot) => slot.input.Key)
    const request = { Keys: keys, ...(group.consistent ? { ConsistentRead: true } : {}) }
    let found: AttributeMap[]
    let leftover: AttributeMap[] = []
    try {
      const input = { RequestItems: { [group.table]: request } }
      const output = await batchGetAll(this.countingSender(), input, this.retry)
      found = output.Responses[group.table] ?? []
    } catch (error) {
      if (!(error instanceof UnprocessedItemsError)) {
        for (const slot of slots.values()) for (const waiter of slot.waiters) waiter.reject(error)
        return
      }
      // Throttled keys get a definite answer from GetItem instead of a false "not found".
      found = error.responses[group.table] ?? []
      leftover = error.unprocessedKeys[group.table]?.Keys ?? []
    }
    for (const item of found) {
      const slot = slots.get(keyId(item, names))
      if (slot) answer(slot, item)
    }
    const retried = new Set(leftover.map((key) => keyId(key, names)))
    for (const [id, slot] of slots) {
      if (retried.has(id)) void this.#sendOne(slot)
      else if (slot.waiters.length > 0) answer(slot, undefined)
    }
  }

  private countingSender(): OperationSender {
    return {
      send: (operation, input, options) => {
        this.#batchRequests++
        return this.sender.send(operation, input, options)
      },
    }
  }
}

/** Resolves every waiter of a slot (once: the waiter list is emptied), each with its own copy. */
function answer(slot: Slot, item: AttributeMap | undefined): void {
  const waiters = slot.waiters.splice(0)
  for (let index = 0; index < waiters.length; index++) {
    const own = index === 0 || !item ? item : structuredClone(item)
    waiters[index]!.resolve(own ? { Item: own } : {})
  }
}
