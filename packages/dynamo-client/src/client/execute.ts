import { ResponseParseError } from '../errors/client-errors'
import { DynamoDBError } from '../errors/dynamodb-error'
import { mapErrorResponse } from '../errors/map-error'
import { consumedCapacityOf } from '../middleware/capacity-tracker'
import { type CallIdentity, notifyRequest, notifyResponse } from '../middleware/notify'
import type { OperationSpec } from '../operations/operation-spec'
import { sleep } from '../retry/backoff'
import type { SignableRequest } from '../signing/types'
import { classifyTransportError } from '../transport/classify-error'
import { DEFAULT_HTTP_OPTIONS } from '../transport/types'
import type { ConsumedCapacity } from '../types/common'
import { assertInputShape } from '../validation/assert-input-shape'
import {
  isConditionalWrite,
  mayHaveBeenApplied,
  settleAmbiguousFailure,
  withProofRequested,
} from './ambiguous-retry'
import { prepareInput } from './prepare-input'
import type { SendContext, SendOptions } from './send-context'
import { serializeInput } from './serialize'

const NO_TABLES: readonly string[] = []
const NO_CAPACITY: readonly ConsumedCapacity[] = []
const CONTENT_TYPE = 'application/x-amz-json-1.0'
const NO_CALL: CallIdentity = { id: 0, startedAt: 0 }
let lastCallId = 0

// Attempts of one call share an id, so observers can pair spans and sum a call's attempts.
function nextCallId(): number {
  lastCallId = lastCallId === Number.MAX_SAFE_INTEGER ? 1 : lastCallId + 1
  return lastCallId
}

interface AttemptResult {
  output?: object
  error?: DynamoDBError
  statusCode?: number
  requestId?: string | undefined
  serverDate?: string | undefined
}

/** One operation call: serialise once, then sign and send per attempt, retrying as the strategy says. */
export async function execute(
  ctx: SendContext,
  spec: OperationSpec,
  input: object,
  options?: SendOptions,
): Promise<object> {
  assertInputShape(spec.name, input)
  let payload = prepareInput(spec, input, ctx.capacityMode)
  let body = serializeInput(payload)
  // Set once an attempt of a conditional write may have been applied without us seeing the answer.
  let ambiguous = false
  const observed = ctx.middleware.length > 0
  const tables = observed ? spec.tablesOf(payload) : NO_TABLES
  const call = observed ? { id: nextCallId(), startedAt: Date.now() } : NO_CALL
  let spent = 0
  let skewCorrected = false
  for (let attempt = 1; ; attempt++) {
    const limiterWait = ctx.retry.beforeAttempt()
    if (limiterWait) await limiterWait
    const startedAt = Date.now()
    if (observed) notifyRequest(ctx.middleware, spec.name, tables, payload, attempt, startedAt, call)
    const result = await attemptOnce(ctx, spec, body, options)
    // A rejected signature from a skewed clock is retried once at once, with the corrected time.
    const skewRetry: boolean =
      !skewCorrected && result.error !== undefined && ctx.clock.correct(result.error, result.serverDate)
    skewCorrected ||= skewRetry
    const decision = result.error && !skewRetry ? ctx.retry.retryDelay(result.error, attempt - 1) : undefined
    const consumed = result.output ? consumedCapacityOf(result.output) : NO_CAPACITY
    if (observed) {
      const willRetry = skewRetry || decision !== undefined
      notifyResponse(
        ctx.middleware,
        spec.name,
        tables,
        payload,
        attempt,
        startedAt,
        result,
        consumed,
        willRetry,
        call,
      )
    }
    if (!result.error) {
      ctx.retry.onSuccess(spent)
      if (consumed.length > 0) ctx.capacity.record(spec.name, consumed)
      return result.output as object
    }
    if (skewRetry) continue
    if (ambiguous && !decision) {
      const settled = settleAmbiguousFailure(spec, payload, result.error, attempt)
      if ('output' in settled) return settled.output
      throw annotate(settled.error, spec, payload)
    }
    if (!decision) throw annotate(result.error, spec, payload)
    if (!ambiguous && mayHaveBeenApplied(result.error) && isConditionalWrite(spec, payload)) {
      ambiguous = true
      payload = withProofRequested(spec, payload)
      body = serializeInput(payload)
    }
    spent += decision.cost
    await sleep(decision.delayMs, options?.signal)
  }
}

async function attemptOnce(
  ctx: SendContext,
  spec: OperationSpec,
  body: string,
  options?: SendOptions,
): Promise<AttemptResult> {
  const { runtime } = ctx
  const endpoint = runtime.endpoints[spec.service]
  try {
    const credentials = await runtime.credentials()
    const request: SignableRequest = {
      method: 'POST',
      host: endpoint.host,
      path: endpoint.path,
      headers: { 'content-type': CONTENT_TYPE, 'x-amz-target': spec.target },
      body,
    }
    const signing = runtime.signer.sign(request, credentials, runtime.scope, ctx.clock.now())
    if (signing) await signing
    const response = await runtime.transport.send({
      origin: endpoint.origin,
      path: endpoint.path,
      method: 'POST',
      headers: request.headers,
      body,
      signal: options?.signal,
    })
    const { statusCode, requestId, serverDate } = response
    if (statusCode >= 200 && statusCode < 300) {
      return { output: parseOutput(response.body, statusCode, requestId), statusCode, requestId }
    }
    const error = mapErrorResponse({ statusCode, requestId, body: response.body, operation: spec.name })
    return { error, statusCode, requestId, serverDate }
  } catch (error) {
    if (error instanceof DynamoDBError) return { error }
    return { error: classifyTransportError(error, DEFAULT_HTTP_OPTIONS, options?.signal) }
  }
}

function parseOutput(text: string, statusCode: number, requestId: string | undefined): object {
  if (text.length === 0) return {}
  try {
    return JSON.parse(text) as object
  } catch (cause) {
    throw new ResponseParseError({
      message: `Unparseable response (HTTP ${statusCode})`,
      statusCode,
      requestId,
      cause,
    })
  }
}

function annotate(error: DynamoDBError, spec: OperationSpec, payload: object): DynamoDBError {
  error.operation ??= spec.name
  error.tableName ??= spec.tablesOf(payload)[0]
  return error
}
