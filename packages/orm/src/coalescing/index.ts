export { canonicalJson } from './canonical-json'
export {
  type CoalescingOptions,
  type CoalescingWindow,
  type ResolvedCoalescingOptions,
  resolveCoalescingOptions,
} from './coalescing-options'
export { type BatcherStats, GetItemBatcher, isBatchableGet } from './get-item-batcher'
export { coalescingStatsOf, type ReadPathOptions, readPathFor, resultCacheOf } from './read-path'
export { type CoalescingStats, ReadPathClient } from './read-path-client'
export { isShareableRead, mayWrite, tablesOf } from './request-kinds'
