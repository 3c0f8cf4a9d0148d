import type { DynamoClient } from '@dbtooling/dynamo-client'
import type { TableDesign } from '@dbtooling/schema'
import {
  assertCapacity,
  assertInserted,
  assertNoScan,
  assertNoWholeTypeRead,
  assertQueried,
  assertRequestCount,
  type CapacityOptions,
  capacityOf,
  type ModelRef,
  type QueriedOptions,
} from './assertions'
import type { MatcherOptions } from './classify'
import { RequestRecorder } from './request-recorder'

/**
 * A request recorder with the assertions tests use. Failures list every request that was sent.
 *
 * @example
 * ```ts
 * const recorder = new TestRecorder(orm.design).attachTo(orm.client)
 * await User.where('teamId', 't1').get()
 * recorder.assertQueried(User, { index: 'GSI1' })
 * recorder.assertNoScan()
 * ```
 */
export class TestRecorder extends RequestRecorder {
  /** A Query that reads `model` (on `index`, when given: `GSI2`, `byStatus` or `'table'`) was sent. */
  assertQueried(model: ModelRef, options: QueriedOptions = {}): void {
    assertQueried(this.requests, model, options)
  }

  /** An item of `model` whose stored attributes include `attributes` was put (PutItem, batch or transaction). */
  assertInserted(model: ModelRef, attributes: Readonly<Record<string, unknown>> = {}): void {
    assertInserted(this.requests, model, attributes)
  }

  /** Exactly `expected` calls (of `operation`, when given) were sent; retries do not count. */
  assertRequestCount(expected: number, operation?: string): void {
    assertRequestCount(this.requests, expected, operation)
  }

  assertNoScan(): void {
    assertNoScan(this.requests)
  }

  /** No Query over a whole type (the list-by-type entry) and no Scan, of any model or of `model`. */
  assertNoWholeTypeRead(model?: ModelRef): void {
    assertNoWholeTypeRead(this.requests, this.warnings, model)
  }

  /** The recorded requests consumed at most `max` capacity units. */
  assertCapacity(options: CapacityOptions): void {
    assertCapacity(this.requests, options)
  }

  /** Capacity units consumed so far (`read`, `write` or `total`). */
  capacity(kind: CapacityOptions['kind'] = 'total', operation?: string): number {
    return capacityOf(this.requests, kind, operation)
  }
}

/**
 * Records every request `client` sends from now on, read in the terms of `design` (pass an ORM: its
 * `design` and `client`). `stop()` detaches it.
 *
 * @example
 * ```ts
 * const recorder = recordRequests(orm)
 * await handler(event)
 * recorder.assertRequestCount(1)
 * recorder.stop()
 * ```
 */
export function recordRequests(
  source: { readonly design: TableDesign; readonly client: DynamoClient },
  options: MatcherOptions = {},
): TestRecorder {
  return new TestRecorder(source.design, options).attachTo(source.client)
}
