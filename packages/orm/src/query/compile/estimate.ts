import type { KeyPlan } from './key-plan'

/**
 * What a query is expected to read; null where nothing can be known without running it.
 *
 * @example
 * ```ts
 * const estimate: ReadEstimate = Post.where('authorId', 'u1').explain().estimate
 * if (estimate.rcu !== null) console.log(`about ${estimate.rcu} RCU over ${estimate.pages} pages`)
 * ```
 */
export interface ReadEstimate {
  readonly items: number | null
  readonly pages: number | null
  /** Read capacity units for the whole query; null when the item count is unknown. */
  readonly rcu: number | null
  /** Read capacity units of one full 1 MB page, the most a single request can consume. */
  readonly rcuPerFullPage: number
  /**
   * Requests the read sends at least: its known pages, one per branch of a fan-out (`whereIn` on a
   * partition attribute, shards), two for a guard-item lookup, none when nothing can match.
   */
  readonly minRequests: number
  readonly basis: string
}

export const PAGE_BYTES = 1024 * 1024
const RCU_BYTES = 4096

/** Eventually consistent reads cost half. */
export function rcuFactor(consistentRead: boolean): number {
  return consistentRead ? 1 : 0.5
}

/** Read capacity of one request that reads `items` items (rounded up to 4 KB, at least one unit). */
export function rcuForItems(items: number, input: EstimateInput): number {
  return (
    Math.max(1, Math.ceil((items * input.averageItemBytes) / RCU_BYTES)) * rcuFactor(input.consistentRead)
  )
}

export interface EstimateInput {
  readonly key: KeyPlan | null
  readonly hasFilter: boolean
  readonly limit: number | null
  readonly maxPages: number | null
  readonly consistentRead: boolean
  readonly averageItemBytes: number
}

/**
 * DynamoDB charges a Query by the bytes it reads (rounded up to 4 KB, halved when eventually
 * consistent), before filters apply; a Scan reads every item of the table.
 */
export function estimateReads(input: EstimateInput): ReadEstimate {
  const rcuFor = (items: number) => rcuForItems(items, input)
  const rcuPerFullPage = (PAGE_BYTES / RCU_BYTES) * rcuFactor(input.consistentRead)
  const perPage = Math.max(1, Math.floor(PAGE_BYTES / input.averageItemBytes))
  if (input.key?.sort?.kind === 'eq') {
    return {
      items: 1,
      pages: 1,
      rcu: rcuFor(1),
      rcuPerFullPage,
      minRequests: 1,
      basis: 'the full primary key is known: one item at most',
    }
  }
  if (input.limit !== null && !input.hasFilter) {
    const pages = Math.ceil(input.limit / perPage)
    return {
      items: input.limit,
      pages,
      rcu: rcuFor(input.limit),
      rcuPerFullPage,
      minRequests: pages,
      basis: `limit ${input.limit} without a filter: reads stop after ${input.limit} items`,
    }
  }
  if (input.maxPages !== null) {
    return {
      items: null,
      pages: input.maxPages,
      rcu: input.maxPages * rcuPerFullPage,
      rcuPerFullPage,
      minRequests: 1,
      basis: `at most ${input.maxPages} page(s) of up to 1 MB (maxPages)`,
    }
  }
  const what = input.key ? 'every item in the key range' : 'every item in the table (Scan)'
  const filtered = input.hasFilter ? '; the filter is applied after reading, so it does not reduce cost' : ''
  return {
    items: null,
    pages: null,
    rcu: null,
    rcuPerFullPage,
    minRequests: 1,
    basis: `reads ${what}${filtered}`,
  }
}
