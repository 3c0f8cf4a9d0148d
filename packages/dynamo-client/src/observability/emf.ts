import type { Middleware, ResponseEvent } from '../middleware/types'
import { type Annotator, capacityUsed, indexOf, isThrottle } from './request-summary'

/**
 * A dimension an EMF metric can be split by: table, operation, index, or the entity an annotator names.
 *
 * @example
 * ```ts
 * const dimensions: EmfDimension[][] = [['TableName', 'Operation'], ['TableName', 'IndexName']]
 * client.use(createEmfMiddleware({ dimensions }))
 * ```
 */
export type EmfDimension = 'TableName' | 'Operation' | 'IndexName' | 'Entity'

/**
 * Options of createEmfMiddleware: the CloudWatch namespace, the dimension sets, and where each line is written.
 *
 * @example
 * ```ts
 * const lines: string[] = []
 * const options: EmfOptions = { namespace: 'shop/DynamoDB', dimensions: [['TableName', 'Operation']], write: (line) => lines.push(line) }
 * client.use(createEmfMiddleware(options))
 * ```
 */
export interface EmfOptions {
  /** CloudWatch namespace. Default `dbtooling/DynamoDB`. */
  readonly namespace?: string
  /** Dimension sets; a set is left out of a record that lacks one of its dimensions. Default by table+operation and table+entity. */
  readonly dimensions?: readonly (readonly EmfDimension[])[]
  /** Where lines go. Default `process.stdout` (Lambda ships stdout to CloudWatch Logs, which extracts the metrics). */
  readonly write?: (line: string) => void
  readonly annotate?: Annotator
}

const DEFAULT_DIMENSIONS: readonly (readonly EmfDimension[])[] = [
  ['TableName', 'Operation'],
  ['TableName', 'Entity'],
]

const METRICS = [
  { Name: 'Latency', Unit: 'Milliseconds' },
  { Name: 'Calls', Unit: 'Count' },
  { Name: 'Errors', Unit: 'Count' },
  { Name: 'Retries', Unit: 'Count' },
  { Name: 'Throttles', Unit: 'Count' },
  { Name: 'ConsumedReadCapacityUnits', Unit: 'Count' },
  { Name: 'ConsumedWriteCapacityUnits', Unit: 'Count' },
] as const

/**
 * A middleware writing one CloudWatch Embedded Metric Format line per call: the `_aws` metadata names the
 * namespace, dimension sets and metrics, and the same object carries their values.
 *
 * @example
 * ```ts
 * // In a Lambda handler module: one EMF line per call on stdout, which CloudWatch turns into metrics.
 * client.use(createEmfMiddleware({ namespace: 'shop/DynamoDB' }))
 * ```
 */
export function createEmfMiddleware(options: EmfOptions = {}): Middleware {
  const namespace = options.namespace ?? 'dbtooling/DynamoDB'
  const dimensionSets = options.dimensions ?? DEFAULT_DIMENSIONS
  const write = options.write ?? ((line: string) => process.stdout.write(`${line}\n`))
  const throttles = new Map<number, number>()
  return {
    name: 'dbtooling-emf',
    onResponse(event: ResponseEvent) {
      if (isThrottle(event)) throttles.set(event.callId, (throttles.get(event.callId) ?? 0) + 1)
      if (event.willRetry) return
      const throttled = throttles.get(event.callId) ?? 0
      throttles.delete(event.callId)
      write(JSON.stringify(emfRecord(event, throttled, namespace, dimensionSets, options.annotate)))
    },
  }
}

/**
 * The EMF object for one finished call (exported for tests and custom writers).
 *
 * @example
 * ```ts
 * const records: Record<string, unknown>[] = []
 * client.use({
 *   name: 'emf-to-array',
 *   onResponse(event) {
 *     if (!event.willRetry) records.push(emfRecord(event, 0, 'shop/DynamoDB', [['TableName', 'Operation']]))
 *   },
 * })
 * ```
 */
export function emfRecord(
  event: ResponseEvent,
  throttled: number,
  namespace: string,
  dimensionSets: readonly (readonly EmfDimension[])[],
  annotate?: Annotator,
): Record<string, unknown> {
  const dimensions: Partial<Record<EmfDimension, string>> = { Operation: event.operation }
  if (event.tableName !== undefined) dimensions.TableName = event.tableName
  const index = indexOf(event.input)
  if (index !== undefined) dimensions.IndexName = index
  const entity = annotate?.()?.entity
  if (entity !== undefined) dimensions.Entity = entity
  const used = capacityUsed(event.operation, event.consumedCapacity)
  return {
    _aws: {
      Timestamp: event.callStartedAt,
      CloudWatchMetrics: [
        {
          Namespace: namespace,
          Dimensions: dimensionSets.filter((set) => set.every((name) => dimensions[name] !== undefined)),
          Metrics: METRICS,
        },
      ],
    },
    ...dimensions,
    Latency: Date.now() - event.callStartedAt,
    Calls: 1,
    Errors: event.error ? 1 : 0,
    Retries: event.attempt - 1,
    Throttles: throttled,
    ConsumedReadCapacityUnits: used?.readCapacityUnits ?? 0,
    ConsumedWriteCapacityUnits: used?.writeCapacityUnits ?? 0,
    ...(event.requestId !== undefined ? { RequestId: event.requestId } : {}),
  }
}
