import type { DynamoDBError } from '../errors/dynamodb-error'
import type { ConsumedCapacity } from '../types/common'
import type { OperationName } from '../types/operation-map'
import type { Middleware, RequestEvent, ResponseEvent } from './types'

/** One operation call: attempts share it. */
export interface CallIdentity {
  readonly id: number
  readonly startedAt: number
}

function safely(name: string | undefined, run: () => void): void {
  try {
    run()
  } catch (error) {
    // An observer must never break the call it observes.
    console.error(`[dynamo-client] middleware ${name ?? '(anonymous)'} threw:`, error)
  }
}

export function notifyRequest(
  middleware: readonly Middleware[],
  operation: OperationName,
  tableNames: readonly string[],
  input: object,
  attempt: number,
  startedAt: number,
  call: CallIdentity,
): void {
  const event = {
    operation,
    tableName: tableNames[0],
    tableNames,
    input,
    attempt,
    startedAt,
    callId: call.id,
    callStartedAt: call.startedAt,
  } as RequestEvent
  for (const mw of middleware) if (mw.onRequest) safely(mw.name, () => mw.onRequest?.(event))
}

export function notifyResponse(
  middleware: readonly Middleware[],
  operation: OperationName,
  tableNames: readonly string[],
  input: object,
  attempt: number,
  startedAt: number,
  result: { output?: object; error?: DynamoDBError; statusCode?: number; requestId?: string | undefined },
  consumedCapacity: readonly ConsumedCapacity[],
  willRetry: boolean,
  call: CallIdentity,
): void {
  const event = {
    operation,
    tableName: tableNames[0],
    tableNames,
    input,
    attempt,
    startedAt,
    callId: call.id,
    callStartedAt: call.startedAt,
    durationMs: Date.now() - startedAt,
    statusCode: result.statusCode ?? result.error?.statusCode,
    requestId: result.requestId ?? result.error?.requestId,
    output: result.output,
    error: result.error,
    consumedCapacity,
    willRetry,
  } as ResponseEvent
  for (const mw of middleware) if (mw.onResponse) safely(mw.name, () => mw.onResponse?.(event))
}
