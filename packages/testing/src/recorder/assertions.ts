import { isDeepStrictEqual } from 'node:util'
import { RequestAssertionError, TestingError } from '../errors'
import type { CostClass } from './classify'
import { describeRequest, type RecordedRequest } from './describe-request'

/**
 * A model class (anything with a static `modelName`) or a model name.
 *
 * @example
 * ```ts
 * const byClass: ModelRef = User
 * const byName: ModelRef = 'User'
 * table.recorder.assertQueried(byName)
 * ```
 */
export type ModelRef = string | { readonly modelName: string }

export function modelNameOf(model: ModelRef): string {
  return typeof model === 'string' ? model : model.modelName
}

function fail(
  code: ConstructorParameters<typeof RequestAssertionError>[0],
  expected: string,
  requests: readonly RecordedRequest[],
  hint: string,
): never {
  throw new RequestAssertionError(code, expected, requests.map(describeRequest), hint)
}

/**
 * Options of `assertQueried`: the index (physical, declared name or `'table'`) and the cost class the Query must have.
 *
 * @example
 * ```ts
 * const options: QueriedOptions = { index: 'byStatus', costClass: 'Query (bounded partition)' }
 * table.recorder.assertQueried(Task, options)
 * ```
 */
export interface QueriedOptions {
  /** Physical index (`GSI2`), declared index name (`byStatus`) or `'table'`. */
  readonly index?: string
  readonly costClass?: CostClass
}

function onIndex(index: string | undefined, entry: RecordedRequest['entries'][number]): boolean {
  if (index === undefined) return true
  if (index === 'table') return entry.index === null
  return entry.index === index || entry.declaredNames.includes(index)
}

export function assertQueried(
  requests: readonly RecordedRequest[],
  model: ModelRef,
  options: QueriedOptions = {},
): void {
  const name = modelNameOf(model)
  const found = requests.some(
    (request) =>
      request.operation === 'Query' &&
      (options.costClass === undefined || request.costClass === options.costClass) &&
      request.entries.some((entry) => entry.entity === name && onIndex(options.index, entry)),
  )
  if (found) return
  const where = options.index === undefined ? '' : ` on index ${options.index}`
  const cost = options.costClass === undefined ? '' : ` (${options.costClass})`
  fail(
    'NOT_QUERIED',
    `Expected a Query of ${name}${where}${cost}, but none was sent.`,
    requests,
    'Check the query the code under test builds (explain() shows the index it picks), or the index name: physical (GSI1), declared (byStatus) or "table".',
  )
}

export function assertInserted(
  requests: readonly RecordedRequest[],
  model: ModelRef,
  attributes: Readonly<Record<string, unknown>> = {},
): void {
  const name = modelNameOf(model)
  const items = requests.flatMap((request) => request.written.filter((w) => w.entity === name))
  const matches = items.some(({ item }) =>
    Object.entries(attributes).every(([field, value]) => isDeepStrictEqual(item[field], value)),
  )
  if (matches) return
  const wanted = Object.keys(attributes).length === 0 ? '' : ` with ${JSON.stringify(attributes)}`
  const seen =
    items.length === 0
      ? `No ${name} item was written.`
      : `${name} items written: ${items.map(({ item }) => JSON.stringify(item)).join('; ')}`
  fail(
    'NOT_INSERTED',
    `Expected a ${name} item to be put${wanted}. ${seen}`,
    requests,
    'Attributes are compared with the stored item (dates as stored, e.g. ISO text); pass only the fields you care about.',
  )
}

export function assertRequestCount(
  requests: readonly RecordedRequest[],
  expected: number,
  operation?: string,
): void {
  if (!Number.isInteger(expected) || expected < 0)
    throw new TestingError(
      'BAD_ARGUMENT',
      `assertRequestCount(${expected}) needs a whole number >= 0`,
      'Pass how many requests you expect, e.g. assertRequestCount(1).',
    )
  const counted = operation === undefined ? requests : requests.filter((r) => r.operation === operation)
  if (counted.length === expected) return
  const what = operation === undefined ? 'request' : `${operation} request`
  fail(
    'REQUEST_COUNT',
    `Expected ${expected} ${what}${expected === 1 ? '' : 's'}, but ${counted.length} ${counted.length === 1 ? 'was' : 'were'} sent.`,
    requests,
    'Retries are not counted. Call recorder.reset() after setup so only the code under test is counted.',
  )
}

export function assertNoScan(requests: readonly RecordedRequest[]): void {
  const scans = requests.filter((request) => request.operation === 'Scan')
  if (scans.length === 0) return
  fail(
    'SCAN_SENT',
    `Expected no Scan, but ${scans.length} ${scans.length === 1 ? 'was' : 'were'} sent.`,
    requests,
    'explain() on the query names the index it lacks and the model change that adds it; strict: true makes scans throw.',
  )
}

export function assertNoWholeTypeRead(
  requests: readonly RecordedRequest[],
  warnings: readonly string[],
  model?: ModelRef,
): void {
  const name = model === undefined ? undefined : modelNameOf(model)
  const broad = requests.filter(
    (request) =>
      (request.costClass === 'Query (whole type)' || request.costClass === 'Scan') &&
      (name === undefined || request.entities.length === 0 || request.entities.includes(name)),
  )
  if (broad.length === 0) return
  const of = name === undefined ? '' : ` of ${name}`
  const warned =
    warnings.length === 0 ? '' : `\nPlanner warnings:\n${warnings.map((w) => `  - ${w}`).join('\n')}`
  fail(
    'WHOLE_TYPE_READ',
    `Expected no read of every item${of} (whole-type Query or Scan), but ${broad.length} ${broad.length === 1 ? 'was' : 'were'} sent.${warned}`,
    requests,
    "Bound the query by a key: a belongsTo foreign key, a declared index's columns, or a unique attribute (explain().fix names it).",
  )
}

/**
 * Options of `assertCapacity`: the most units allowed (inclusive), which kind (`read`, `write`, `total`) and which operation.
 *
 * @example
 * ```ts
 * const options: CapacityOptions = { max: 1, kind: 'read', operation: 'Query' }
 * table.recorder.assertCapacity(options)
 * ```
 */
export interface CapacityOptions {
  /** Upper bound, inclusive. */
  readonly max: number
  /** `read`, `write` or `total` (default). */
  readonly kind?: 'read' | 'write' | 'total'
  readonly operation?: string
}

/** Capacity units of the recorded requests (only responses that reported capacity add to it). */
export function capacityOf(
  requests: readonly RecordedRequest[],
  kind: CapacityOptions['kind'] = 'total',
  operation?: string,
): number {
  let sum = 0
  for (const request of requests) {
    if (operation !== undefined && request.operation !== operation) continue
    if (kind !== 'write') sum += request.capacity.readUnits
    if (kind !== 'read') sum += request.capacity.writeUnits
  }
  return sum
}

export function assertCapacity(requests: readonly RecordedRequest[], options: CapacityOptions): void {
  const kind = options.kind ?? 'total'
  const counted =
    options.operation === undefined ? requests : requests.filter((r) => r.operation === options.operation)
  if (counted.some((request) => !request.capacity.reported && request.error === undefined))
    fail(
      'CAPACITY_NOT_REPORTED',
      'Some responses reported no consumed capacity, so the total cannot be checked.',
      requests,
      "Create the client with returnConsumedCapacity: 'TOTAL' (createTestTable does).",
    )
  const used = capacityOf(counted, kind, options.operation)
  if (used <= options.max) return
  fail(
    'CAPACITY_EXCEEDED',
    `Expected at most ${options.max} ${kind} capacity units, but the requests consumed ${used}.`,
    requests,
    'The lines below show the units per request; a whole-type read or a Scan is the usual cause.',
  )
}
