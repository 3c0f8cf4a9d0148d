import type { DocumentMap, QueryCommandInput, QueryCommandOutput } from '@dbtooling/dynamo-client'
import type { QueryContext } from '../context'
import type { StoredItem } from '../execute/read-pages'
import { addPage, type QueryStats } from '../execute/stats'
import { runBounded } from './bounded'
import { compareKeyText } from './compare-key'
import type { BranchPosition } from './fan-out-cursor'
import { FAN_OUT_CONCURRENCY, type FanOut } from './fan-out-plan'

/** One branch's read state: items fetched and not yet merged, and where its next page starts. */
interface Branch {
  readonly request: QueryCommandInput
  buffer: StoredItem[]
  head: number
  /** ExclusiveStartKey of the next page; null with `exhausted` set when the partition has no more. */
  nextKey: DocumentMap | null
  exhausted: boolean
  /** Where a cursor resumes this branch: after the last merged item, or where this read started. */
  resume: DocumentMap | null
}

/** What the reader needs of a compiled fan-out. */
export interface MergeSource {
  readonly fanOut: FanOut
  /** True when a filter applies (then `Limit` cannot be what is still wanted). */
  readonly filtered: boolean
  /** Table and index key attributes: what a resume position holds. */
  readonly keyAttributes: readonly string[]
}

export interface MergeOptions {
  readonly maxPages: number | null
  /** DynamoDB `Limit` per request, overriding what is still wanted. */
  readonly pageSize: number | null
}

/**
 * Merges the branches of a fan-out in sort-key order (ties by table key), reading a branch only when its
 * buffer is empty and it may hold the next item: k-way merge, so `take(n)` returns exactly the first n of
 * the merged sequence, and `positions()` says where each branch resumes (after its last merged item, so
 * items fetched but not returned are read again by the next page, never skipped).
 */
export class MergeReader {
  readonly #ctx: QueryContext
  readonly #fanOut: FanOut
  readonly #filtered: boolean
  readonly #keyAttributes: readonly string[]
  readonly #branches: Branch[]
  readonly #stats: QueryStats
  readonly #options: MergeOptions

  constructor(
    ctx: QueryContext,
    source: MergeSource,
    start: readonly BranchPosition[] | null,
    stats: QueryStats,
    options: MergeOptions,
  ) {
    const fanOut = source.fanOut
    this.#ctx = ctx
    this.#fanOut = fanOut
    this.#filtered = source.filtered
    this.#keyAttributes = source.keyAttributes
    this.#stats = stats
    this.#options = options
    this.#branches = fanOut.branches.map((request, index) => {
      const position = start?.[index] ?? { kind: 'start' }
      const key = position.kind === 'after' ? position.key : null
      return { request, buffer: [], head: 0, nextKey: key, exhausted: position.kind === 'done', resume: key }
    })
  }

  /** The next `limit` merged items (all remaining when null); fewer only when the branches run out. */
  async take(limit: number | null): Promise<StoredItem[]> {
    const out: StoredItem[] = []
    while (limit === null || out.length < limit) {
      const empty = this.#branches.filter(
        (branch) => branch.head === branch.buffer.length && !branch.exhausted,
      )
      if (empty.length > 0) {
        if (!(await this.#fill(empty, limit === null ? null : limit - out.length))) break
        continue
      }
      const next = this.#smallest()
      if (next === null) break
      const item = next.buffer[next.head++]!
      next.resume = this.#keyOf(item)
      out.push(item)
    }
    this.#stats.count += out.length
    return out
  }

  /** Where each branch resumes; null when every branch is read to its end. */
  positions(): BranchPosition[] | null {
    let open = false
    const positions = this.#branches.map((branch): BranchPosition => {
      if (branch.exhausted && branch.head === branch.buffer.length) return { kind: 'done' }
      open = true
      return branch.resume === null ? { kind: 'start' } : { kind: 'after', key: branch.resume }
    })
    return open ? positions : null
  }

  /** Reads one page of each branch given; false when `maxPages` stops the read first. */
  async #fill(branches: Branch[], wanted: number | null): Promise<boolean> {
    const { maxPages } = this.#options
    if (maxPages !== null && this.#stats.pages + branches.length > maxPages) {
      this.#stats.truncated = true
      return false
    }
    await runBounded(branches, FAN_OUT_CONCURRENCY, async (branch) => {
      const output = await this.#ctx.doc.query<StoredItem>(this.#pageRequest(branch, wanted))
      this.#book(branch, output)
    })
    return true
  }

  #pageRequest(branch: Branch, wanted: number | null): QueryCommandInput {
    const request: QueryCommandInput = { ...branch.request }
    if (branch.nextKey) request.ExclusiveStartKey = branch.nextKey
    else delete request.ExclusiveStartKey
    if (this.#options.pageSize !== null) request.Limit = this.#options.pageSize
    else if (!this.#filtered && wanted !== null) request.Limit = shareOf(wanted, this.#branches.length)
    else delete request.Limit
    return request
  }

  #book(branch: Branch, output: QueryCommandOutput<StoredItem>): void {
    // Items returned are counted by take(): fetched ones may be read again by the next page.
    addPage(this.#stats, { ScannedCount: output.ScannedCount, ConsumedCapacity: output.ConsumedCapacity })
    branch.buffer = output.Items ?? []
    branch.head = 0
    branch.nextKey = output.LastEvaluatedKey ?? null
    branch.exhausted = branch.nextKey === null
  }

  /** The branch whose buffered head comes first in the merged order; null when all are drained. */
  #smallest(): Branch | null {
    let best: Branch | null = null
    for (const branch of this.#branches) {
      if (branch.head === branch.buffer.length) continue
      if (best === null || this.#before(branch.buffer[branch.head]!, best.buffer[best.head]!)) best = branch
    }
    return best
  }

  #before(a: StoredItem, b: StoredItem): boolean {
    const { sortAttribute, tieAttributes, descending } = this.#fanOut
    const order = compareKeyText(a[sortAttribute], b[sortAttribute])
    if (order !== 0) return descending ? order > 0 : order < 0
    for (const attribute of tieAttributes) {
      const tie = compareKeyText(a[attribute], b[attribute])
      if (tie !== 0) return tie < 0
    }
    return false
  }

  #keyOf(item: StoredItem): DocumentMap {
    const key: DocumentMap = {}
    for (const attribute of this.#keyAttributes) key[attribute] = item[attribute]
    return key
  }
}

/**
 * Items to ask one branch for when `wanted` more are needed from `branches`: a share with headroom, not
 * all of `wanted` (8 shards asked for 50 each would read 400 items for a page of 50). A branch that runs
 * dry before the merge is done is read again, so a small share costs a request, never a wrong result.
 */
export function shareOf(wanted: number, branches: number): number {
  return Math.min(wanted, Math.ceil((1.5 * wanted) / branches) + 1)
}
