import { AmbiguousOutcomeError } from '../errors/ambiguous-outcome'
import { NetworkError, ResponseParseError, TimeoutError } from '../errors/client-errors'
import { ConditionalCheckFailedError } from '../errors/conditional-check-failed'
import type { DynamoDBError } from '../errors/dynamodb-error'
import type { OperationSpec } from '../operations/operation-spec'
import { ChecksumMismatchError } from '../transport/checksum-error'
import type { AttributeMap } from '../types/common'

const CONDITIONAL_WRITES = new Set(['PutItem', 'UpdateItem', 'DeleteItem'])

/** A single-item write whose retry can fail its condition because of its own first attempt. */
export function isConditionalWrite(spec: OperationSpec, payload: object): boolean {
  return (
    CONDITIONAL_WRITES.has(spec.name) &&
    (payload as { ConditionExpression?: unknown }).ConditionExpression !== undefined
  )
}

/** The attempt failed after the request may have reached DynamoDB and been applied. */
export function mayHaveBeenApplied(error: DynamoDBError): boolean {
  if (error instanceof TimeoutError) return error.phase === 'request'
  return (
    error instanceof NetworkError ||
    error instanceof ChecksumMismatchError ||
    error instanceof ResponseParseError ||
    (error.statusCode !== undefined && error.statusCode >= 500)
  )
}

/** The payload for the attempts after an ambiguous one: a PutItem asks for the stored item on failure. */
export function withProofRequested(spec: OperationSpec, payload: object): object {
  const record = payload as { ReturnValuesOnConditionCheckFailure?: unknown }
  if (spec.name !== 'PutItem' || record.ReturnValuesOnConditionCheckFailure !== undefined) return payload
  return { ...payload, ReturnValuesOnConditionCheckFailure: 'ALL_OLD' }
}

/**
 * Settles a condition failure that follows an ambiguous attempt: a PutItem whose stored item is exactly
 * the item we sent was our own write (success, `{}`); anything else is an AmbiguousOutcomeError.
 */
export function settleAmbiguousFailure(
  spec: OperationSpec,
  payload: object,
  error: DynamoDBError,
  attempts: number,
): { output: object } | { error: DynamoDBError } {
  if (!(error instanceof ConditionalCheckFailedError)) return { error }
  const sent = (payload as { Item?: AttributeMap }).Item
  if (spec.name === 'PutItem' && sent && error.item && sameItem(sent, error.item)) return { output: {} }
  return { error: new AmbiguousOutcomeError({ operation: spec.name, conditionFailure: error, attempts }) }
}

function sameItem(left: AttributeMap, right: AttributeMap): boolean {
  return canonical(left) === canonical(right)
}

/** JSON with object keys sorted at every level, so attribute order does not matter. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`
  if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>
    const keys = Object.keys(record).sort()
    return `{${keys.map((key) => `${JSON.stringify(key)}:${canonical(record[key])}`).join(',')}}`
  }
  return JSON.stringify(value)
}
