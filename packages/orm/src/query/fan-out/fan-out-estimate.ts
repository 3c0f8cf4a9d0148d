import {
  type EstimateInput,
  estimateReads,
  PAGE_BYTES,
  type ReadEstimate,
  rcuFactor,
  rcuForItems,
} from '../compile/estimate'
import { shareOf } from './merge-reader'

/**
 * What a read of `branches` merged Queries costs in all: the branches' requests and reads summed, not one
 * branch's. Mirrors the merge reader: a limit asks each branch for a share of it, and `maxPages` counts every
 * branch's pages (a round that would pass it is not sent).
 */
export function estimateFanOut(input: EstimateInput, branches: number): ReadEstimate {
  const rcuPerFullPage = (PAGE_BYTES / 4096) * rcuFactor(input.consistentRead)
  if (branches === 0) {
    return {
      items: 0,
      pages: 0,
      rcu: 0,
      rcuPerFullPage,
      minRequests: 0,
      basis: 'whereIn with an empty list matches nothing: no request is sent',
    }
  }
  const queries = `${branches} Queries (one per partition)`
  if (input.key?.sort?.kind === 'eq') {
    return {
      items: branches,
      pages: branches,
      rcu: branches * rcuForItems(1, input),
      rcuPerFullPage,
      minRequests: branches,
      basis: `${queries}, each with the full primary key: ${branches} items at most`,
    }
  }
  if (input.maxPages !== null) return cappedByPages(input.maxPages, branches, rcuPerFullPage, queries)
  if (input.limit !== null && !input.hasFilter) {
    const share = shareOf(input.limit, branches)
    return {
      items: branches * share,
      pages: branches,
      rcu: branches * rcuForItems(share, input),
      rcuPerFullPage,
      minRequests: branches,
      basis: `${queries} for limit ${input.limit}: each asks for ${share} items (${branches * share} read in the first round; a branch that runs dry before ${input.limit} are merged is read again)`,
    }
  }
  const one = estimateReads({ ...input, limit: null })
  return {
    items: null,
    pages: null,
    rcu: null,
    rcuPerFullPage,
    minRequests: branches,
    basis: `${queries}, each ${one.basis.replace(/^reads /, 'reading ')}`,
  }
}

function cappedByPages(
  maxPages: number,
  branches: number,
  rcuPerFullPage: number,
  queries: string,
): ReadEstimate {
  if (maxPages < branches) {
    return {
      items: 0,
      pages: 0,
      rcu: 0,
      rcuPerFullPage,
      minRequests: 0,
      basis: `${queries}, but maxPages ${maxPages} is below the ${branches} a first round needs: nothing is sent and the result is truncated (raise maxPages to at least ${branches})`,
    }
  }
  return {
    items: null,
    pages: maxPages,
    rcu: maxPages * rcuPerFullPage,
    rcuPerFullPage,
    minRequests: branches,
    basis: `${queries}, at most ${maxPages} page(s) of up to 1 MB over all of them (maxPages)`,
  }
}
