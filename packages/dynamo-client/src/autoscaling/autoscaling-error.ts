import { DynamoDBError } from '../errors/dynamodb-error'
import { errorCodeOf } from '../errors/map-error'
import type { AutoScalingOperation } from './types'

const HINTS: Record<string, string> = {
  ValidationException:
    'The request is malformed for Application Auto Scaling (resource id `table/<name>[/index/<index>]`, a dimension of that resource, MinCapacity <= MaxCapacity, TargetValue 20-90 for DynamoDB).',
  ObjectNotFoundException:
    'No such scalable target or policy: register the target first (RegisterScalableTarget), or it was deregistered already.',
  ConcurrentUpdateException: 'Another change to the same target was in progress; retried with backoff.',
  LimitExceededException: 'An account quota of Application Auto Scaling (targets or policies) is reached.',
  FailedResourceAccessException:
    'Application Auto Scaling could not reach the table: it needs its service-linked role (AWSServiceRoleForApplicationAutoScaling_DynamoDBTable) and the table must exist.',
  AccessDeniedException:
    'The credentials lack an application-autoscaling:* permission (RegisterScalableTarget, PutScalingPolicy, DescribeScalableTargets, DeregisterScalableTarget) or iam:CreateServiceLinkedRole.',
}

/** Codes the service returns when a retry may succeed. */
const RETRYABLE = new Set([
  'ConcurrentUpdateException',
  'InternalServiceException',
  'ThrottlingException',
  'RateExceeded',
  'ServiceUnavailable',
  'InternalServerError',
])

/**
 * An error answered by Application Auto Scaling. `code` is the service's exception name; `service` tells
 * it apart from DynamoDB's own errors, `autoScalingOperation` says which call failed.
 *
 * @example
 * ```ts
 * try {
 *   await autoscaling.send('RegisterScalableTarget', target)
 * } catch (error) {
 *   if (error instanceof AutoScalingError && error.code === 'FailedResourceAccessException') console.error(error.hint)
 *   else throw error
 * }
 * ```
 */
export class AutoScalingError extends DynamoDBError {
  readonly service = 'application-autoscaling'
  readonly autoScalingOperation: AutoScalingOperation

  constructor(init: {
    code: string
    message: string
    statusCode?: number | undefined
    requestId?: string | undefined
    operation: AutoScalingOperation
    cause?: unknown
  }) {
    super({
      code: init.code,
      message: `${init.operation}: ${init.message}`,
      statusCode: init.statusCode,
      requestId: init.requestId,
      retryable: RETRYABLE.has(init.code) || (init.statusCode !== undefined && init.statusCode >= 500),
      hint:
        HINTS[init.code] ?? 'See the message and the Application Auto Scaling API reference for this code.',
      cause: init.cause,
    })
    this.autoScalingOperation = init.operation
  }
}

/**
 * True when `error` came from Application Auto Scaling rather than DynamoDB; narrows it to AutoScalingError.
 *
 * @example
 * ```ts
 * try {
 *   await autoscaling.send('DeregisterScalableTarget', { ServiceNamespace: 'dynamodb', ResourceId: 'table/app', ScalableDimension: 'dynamodb:table:ReadCapacityUnits' })
 * } catch (error) {
 *   if (isAutoScalingError(error) && error.code === 'ObjectNotFoundException') console.log('already deregistered')
 *   else throw error
 * }
 * ```
 */
export function isAutoScalingError(error: unknown): error is AutoScalingError {
  return error instanceof AutoScalingError
}

/** The typed error of a non-2xx answer (JSON 1.1 error body: `__type`, `message` or `Message`). */
export function autoScalingErrorOf(response: {
  statusCode: number
  requestId: string | undefined
  body: string
  operation: AutoScalingOperation
}): AutoScalingError {
  let parsed: { __type?: string; message?: string; Message?: string } = {}
  try {
    const value: unknown = JSON.parse(response.body)
    if (value && typeof value === 'object') parsed = value as typeof parsed
  } catch {}
  return new AutoScalingError({
    code: errorCodeOf(parsed.__type, response.statusCode),
    message:
      parsed.message ?? parsed.Message ?? `Application Auto Scaling returned HTTP ${response.statusCode}`,
    statusCode: response.statusCode,
    requestId: response.requestId,
    operation: response.operation,
  })
}
