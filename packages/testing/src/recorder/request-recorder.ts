import type { DynamoClient, Middleware, RequestEvent, ResponseEvent } from '@dbtooling/dynamo-client'
import type { TableDesign } from '@dbtooling/schema'
import { classify, DesignMatcher, type MatcherOptions } from './classify'
import { describeRequest, type RecordedRequest } from './describe-request'

type Mutable<T> = { -readonly [K in keyof T]: T[K] }

const READS = new Set(['GetItem', 'Query', 'Scan', 'BatchGetItem', 'TransactGetItems'])

/**
 * A client middleware that keeps every request with what it means in the design: entity types, cost
 * class, items written, capacity. Assertions (`assertions.ts`) read it; `lines()` prints it.
 *
 * @example
 * ```ts
 * const recorder = new RequestRecorder(orm.design).attachTo(orm.client)
 * await User.find('u1')
 * console.log(recorder.lines()) // ['GetItem {"pk":"USER#u1","sk":"USER#u1"} [User; GetItem; 0.5 CU]']
 * recorder.stop()
 * ```
 */
export class RequestRecorder implements Middleware {
  readonly name = 'dbtooling-testing-recorder'
  readonly #matcher: DesignMatcher
  readonly #requests: Mutable<RecordedRequest>[] = []
  // An attempt's response carries the same input object as its request, so retries find their record.
  readonly #byInput = new WeakMap<object, Mutable<RecordedRequest>>()
  readonly #warnings: string[] = []
  #detach: (() => void) | null = null

  constructor(design: TableDesign, options: MatcherOptions = {}) {
    this.#matcher = new DesignMatcher(design, options)
  }

  get design(): TableDesign {
    return this.#matcher.design
  }

  /** Every request since creation or the last `reset()`, in the order they were sent. */
  get requests(): readonly RecordedRequest[] {
    return this.#requests
  }

  /** ORM warnings (broad reads) when the recorder's `warn` is the ORM's `options.warn`. */
  get warnings(): readonly string[] {
    return this.#warnings
  }

  /** Pass as `createOrm({ options: { warn: recorder.warn } })` to keep the planner's warnings. */
  readonly warn = (message: string): void => {
    this.#warnings.push(message)
  }

  onRequest(event: RequestEvent): void {
    if (event.attempt !== 1 && this.#byInput.has(event.input)) return
    const input = event.input as unknown as Record<string, unknown>
    const record: Mutable<RecordedRequest> = {
      ...classify(this.#matcher, event.operation, input),
      operation: event.operation,
      table: event.tableName,
      input,
      capacity: { readUnits: 0, writeUnits: 0, reported: false },
      error: undefined,
    }
    this.#requests.push(record)
    this.#byInput.set(event.input, record)
  }

  onResponse(event: ResponseEvent): void {
    const record = this.#byInput.get(event.input)
    if (!record) return
    for (const entry of event.consumedCapacity) {
      const units = entry.CapacityUnits ?? 0
      record.capacity.reported = true
      record.capacity.readUnits += entry.ReadCapacityUnits ?? (READS.has(event.operation) ? units : 0)
      record.capacity.writeUnits += entry.WriteCapacityUnits ?? (READS.has(event.operation) ? 0 : units)
    }
    record.error = event.error && !event.willRetry ? `${event.error.code}: ${event.error.message}` : undefined
  }

  /** One line per request: operation, index, key condition, filter, entity types, cost class, capacity. */
  lines(): string[] {
    return this.#requests.map(describeRequest)
  }

  /** Starts recording what `client` sends (one client at a time). */
  attachTo(client: DynamoClient): this {
    this.stop()
    this.#detach = client.use(this)
    return this
  }

  /** Stops recording; what was recorded stays readable. */
  stop(): void {
    this.#detach?.()
    this.#detach = null
  }

  reset(): void {
    this.#requests.length = 0
    this.#warnings.length = 0
  }
}
