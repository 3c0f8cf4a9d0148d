import { activeRecorder } from './active-recorder'
import type { CapacityOptions, ModelRef, QueriedOptions } from './assertions'

// The function form of the recorder's assertions, for the active recorder (`useRequestRecorder` or
// `activateRecorder`). Each throws `NO_ACTIVE_RECORDER` when no recorder is active.

/**
 * A Query reading `model` items was sent (on `index`, when given: physical `GSI2`, declared `byStatus` or
 * `'table'`). Fails with `NOT_QUERIED`, listing what was sent.
 *
 * @example
 * ```ts
 * import { assertQueried } from '@dbtooling/testing'
 *
 * await User.where('teamId', teamId).get()
 * assertQueried(User, { index: 'GSI1' })
 * assertQueried(User, { costClass: 'Query (bounded partition)' })
 * ```
 */
export function assertQueried(model: ModelRef, options: QueriedOptions = {}): void {
  activeRecorder('assertQueried()').assertQueried(model, options)
}

/**
 * An item of `model` whose stored attributes include `attributes` was put (PutItem, a batch or a
 * transaction). Fails with `NOT_INSERTED`, listing the items of `model` that were written.
 *
 * @example
 * ```ts
 * import { assertInserted } from '@dbtooling/testing'
 *
 * await User.create({ name: 'Ada', email: 'ada@example.com' })
 * assertInserted(User, { email: 'ada@example.com' })
 * ```
 */
export function assertInserted(model: ModelRef, attributes: Readonly<Record<string, unknown>> = {}): void {
  activeRecorder('assertInserted()').assertInserted(model, attributes)
}

/**
 * Exactly `expected` calls (of `operation`, when given) were sent; retries do not count. Fails with
 * `REQUEST_COUNT`.
 *
 * @example
 * ```ts
 * import { assertRequestCount } from '@dbtooling/testing'
 *
 * await User.find(id)
 * assertRequestCount(1)
 * assertRequestCount(1, 'GetItem')
 * ```
 */
export function assertRequestCount(expected: number, operation?: string): void {
  activeRecorder('assertRequestCount()').assertRequestCount(expected, operation)
}

/**
 * No Scan was sent. Fails with `SCAN_SENT`.
 *
 * @example
 * ```ts
 * import { assertNoScan } from '@dbtooling/testing'
 *
 * await Post.where('authorId', userId).get()
 * assertNoScan()
 * ```
 */
export function assertNoScan(): void {
  activeRecorder('assertNoScan()').assertNoScan()
}

/**
 * No Query over a whole type (the list-by-type entry) and no Scan, of any model or of `model`. Fails with
 * `WHOLE_TYPE_READ`, quoting the planner's warnings.
 *
 * @example
 * ```ts
 * import { assertNoWholeTypeRead } from '@dbtooling/testing'
 *
 * await User.where('email', 'ada@example.com').first()
 * assertNoWholeTypeRead(User)
 * ```
 */
export function assertNoWholeTypeRead(model?: ModelRef): void {
  activeRecorder('assertNoWholeTypeRead()').assertNoWholeTypeRead(model)
}

/**
 * The recorded calls consumed at most `max` capacity units (`read`, `write` or `total`). Fails with
 * `CAPACITY_EXCEEDED`, or `CAPACITY_NOT_REPORTED` when a response carried no consumed capacity.
 *
 * @example
 * ```ts
 * import { assertCapacity } from '@dbtooling/testing'
 *
 * await User.find(id)
 * assertCapacity({ max: 0.5, kind: 'read' })
 * ```
 */
export function assertCapacity(options: CapacityOptions): void {
  activeRecorder('assertCapacity()').assertCapacity(options)
}
