import type { CompiledQuery, CompiledRequest, QueryExplanation } from '../compile/compile-query'
import type { BranchQuery } from './compile-fan-out'
import { explainFanOut, type FanOut } from './fan-out-plan'

/**
 * A `whereIn` fan-out: the branches' requests, with the first branch standing for the rest in
 * `request`/`toQuery()`. Always Query operations (a fan-out only exists over bounded partitions).
 */
export class FanOutQuery implements CompiledQuery {
  readonly operation = 'Query' as const
  readonly index: string | null
  readonly request: CompiledRequest
  readonly keyAttributes: readonly string[]
  readonly filtered: boolean
  readonly fanOut: FanOut
  /** Each branch is a bounded Query: the class is `Query (bounded partition)` x the branch count. */
  readonly costClass = 'Query (bounded partition)' as const
  readonly overReads = false
  readonly pointRead = null
  readonly memorySort = null
  readonly #first: BranchQuery
  #explanation: QueryExplanation | undefined

  constructor(first: BranchQuery, fanOut: FanOut, filtered: boolean) {
    this.index = first.index
    this.request = fanOut.branches[0] ?? first.request
    this.keyAttributes = first.keyAttributes
    this.filtered = filtered
    this.fanOut = fanOut
    this.#first = first
  }

  get explain(): QueryExplanation {
    if (this.#explanation) return this.#explanation
    const base = this.#first.explain
    const fanOut = explainFanOut(this.fanOut)
    const empty = this.fanOut.branches.length === 0
    this.#explanation = {
      ...base,
      operation: 'Query',
      costClass: this.costClass,
      reads: `${this.fanOut.branches.length} bounded Queries (one per partition), merged in order`,
      fix: null,
      keyCondition: fanOut.keyConditions[0] ?? null,
      // Every branch, not the first one's: N Queries read and cost N times one.
      estimate: this.#first.estimateOver(this.fanOut.branches.length, this.filtered),
      warnings: empty ? [] : base.warnings,
      fanOut,
    }
    return this.#explanation
  }
}
