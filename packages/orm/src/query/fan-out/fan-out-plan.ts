import type { QueryCommandInput } from '@dbtooling/dynamo-client'
import { shardPartition } from '@dbtooling/schema'
import type { KeyPlan } from '../compile/key-plan'
import { readable } from '../compile/readable'

/** Queries run at once per fan-out read: enough to hide latency, few enough not to burst one partition. */
export const FAN_OUT_CONCURRENCY = 8

/** Most values a `whereIn` on a partition attribute may fan out over (one Query each). */
export const MAX_FAN_OUT_VALUES = 100

/**
 * A read answered by several Queries on bounded partitions (the values of a `whereIn`, the shards of a
 * sharded entry, or both), merged into one sequence ordered by the index sort key.
 */
export interface FanOut {
  /** One request per partition; empty when a `whereIn([])` matches nothing (then nothing is sent). */
  readonly branches: readonly QueryCommandInput[]
  /** Attribute the branches are sorted by (the index's sort key). */
  readonly sortAttribute: string
  /** Table key attributes: they break sort-key ties, so the merged order never depends on timing. */
  readonly tieAttributes: readonly string[]
  readonly descending: boolean
  /** Why the read fans out, for `explain()`: `whereIn('status', 3 values)`, `4 shards of GSI1`. */
  readonly reason: string
}

/** Which key a single compiled read uses: its partition fields, sort attribute and index label. */
export interface KeyShape {
  readonly partitionFields: readonly string[]
  readonly sortAttribute: string
  readonly label: string
}

/** What `explain()` shows of a fan-out. */
export interface FanOutExplanation {
  readonly branches: number
  readonly reason: string
  /** Each branch's key condition, values filled in. */
  readonly keyConditions: readonly string[]
  readonly concurrency: number
  /** How the branches are merged, e.g. `gsi1sk ascending, ties by pk, sk`. */
  readonly mergedBy: string
}

export function explainFanOut(fanOut: FanOut): FanOutExplanation {
  return {
    branches: fanOut.branches.length,
    reason: fanOut.reason,
    keyConditions: fanOut.branches.map(
      (request) =>
        readable(
          request.KeyConditionExpression,
          request.ExpressionAttributeNames,
          request.ExpressionAttributeValues,
        ) ?? '',
    ),
    concurrency: FAN_OUT_CONCURRENCY,
    mergedBy: `${fanOut.sortAttribute} ${fanOut.descending ? 'descending' : 'ascending'}, ties by ${fanOut.tieAttributes.join(', ')}`,
  }
}

/** The key plans of every shard of a sharded entry (`TASK#0` ... `TASK#3`); the plan itself otherwise. */
export function shardKeys(key: KeyPlan | null, delimiter: string): readonly (KeyPlan | null)[] {
  if (key === null || key.candidate.shards <= 1) return [key]
  const keys: KeyPlan[] = []
  for (let shard = 0; shard < key.candidate.shards; shard++)
    keys.push({ ...key, partitionValue: shardPartition(key.partitionValue, shard, delimiter) })
  return keys
}

/** The fan-out over a sharded entry's partitions, or null when the read is one request. */
export function shardFanOut(
  key: KeyPlan | null,
  requests: readonly QueryCommandInput[],
  tieAttributes: readonly string[],
): FanOut | null {
  if (key === null || requests.length < 2) return null
  return {
    branches: requests,
    sortAttribute: key.candidate.sk.attribute,
    tieAttributes,
    descending: requests[0]?.ScanIndexForward === false,
    reason: `${key.candidate.shards} shards of ${key.candidate.label} (${key.candidate.reason})`,
  }
}
