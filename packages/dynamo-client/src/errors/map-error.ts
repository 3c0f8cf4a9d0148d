import type { AttributeMap } from '../types/common'
import type { OperationName } from '../types/operation-map'
import type { CancellationReason } from '../types/transactions'
import { ConditionalCheckFailedError } from './conditional-check-failed'
import * as D from './data-protection-errors'
import { DynamoDBError } from './dynamodb-error'
import * as S from './service-errors'
import { TransactionCanceledError } from './transaction-canceled'
import * as T from './transient-errors'

type Ctor = new (init: {
  code?: string
  message: string
  statusCode?: number | undefined
  requestId?: string | undefined
  operation?: OperationName | undefined
}) => DynamoDBError

const BY_CODE: Record<string, Ctor> = {
  ProvisionedThroughputExceededException: T.ProvisionedThroughputExceededError,
  ThrottlingException: T.ThrottlingError,
  RequestLimitExceeded: T.RequestLimitExceededError,
  LimitExceededException: T.LimitExceededError,
  ResourceNotFoundException: S.ResourceNotFoundError,
  ResourceInUseException: S.ResourceInUseError,
  ValidationException: S.ValidationError,
  ItemCollectionSizeLimitExceededException: S.ItemCollectionSizeLimitExceededError,
  TransactionConflictException: S.TransactionConflictError,
  TransactionInProgressException: S.TransactionInProgressError,
  IdempotentParameterMismatchException: S.IdempotentParameterMismatchError,
  DuplicateItemException: S.DuplicateItemError,
  DuplicateItem: S.DuplicateItemError,
  InternalServerError: T.InternalServerError,
  ServiceUnavailable: T.ServiceUnavailableError,
  ServiceUnavailableException: T.ServiceUnavailableError,
  AccessDeniedException: S.AccessDeniedError,
  UnrecognizedClientException: S.AuthenticationError,
  InvalidSignatureException: S.AuthenticationError,
  MissingAuthenticationTokenException: S.AuthenticationError,
  IncompleteSignatureException: S.AuthenticationError,
  ExpiredTokenException: S.AuthenticationError,
  InvalidClientTokenId: S.AuthenticationError,
  BackupNotFoundException: D.BackupError,
  BackupInUseException: D.BackupError,
  ContinuousBackupsUnavailableException: D.BackupError,
  PointInTimeRecoveryUnavailableException: D.BackupError,
  InvalidRestoreTimeException: D.BackupError,
  ExportConflictException: D.S3ExportError,
  ExportNotFoundException: D.S3ExportError,
  InvalidExportTimeException: D.S3ExportError,
  ImportConflictException: D.S3ImportError,
  ImportNotFoundException: D.S3ImportError,
  TableNotFoundException: S.ResourceNotFoundError,
  TableInUseException: S.ResourceInUseError,
  TableAlreadyExistsException: S.TableAlreadyExistsError,
  ExpiredIteratorException: S.StreamIteratorError,
  UnknownOperationException: S.UnknownOperationError,
  TrimmedDataAccessException: S.StreamIteratorError,
}

/** Status codes whose bodies, whatever they say, mean "try again". */
const RETRYABLE_STATUS = new Set([500, 502, 503, 504, 509])

export interface ErrorResponse {
  statusCode: number
  requestId: string | undefined
  body: string
  operation: OperationName
}

interface ErrorBody {
  __type?: string
  message?: string
  Message?: string
  Item?: AttributeMap
  CancellationReasons?: CancellationReason[]
}

function parseBody(text: string): ErrorBody {
  try {
    const parsed: unknown = JSON.parse(text)
    return parsed && typeof parsed === 'object' ? (parsed as ErrorBody) : {}
  } catch {
    return {}
  }
}

/**
 * `com.amazonaws.dynamodb.v20120810#ConditionalCheckFailedException` -> `ConditionalCheckFailedException`.
 *
 * @example
 * ```ts
 * errorCodeOf('com.amazonaws.dynamodb.v20120810#ConditionalCheckFailedException', 400) // 'ConditionalCheckFailedException'
 * ```
 */
export function errorCodeOf(type: string | undefined, statusCode: number): string {
  if (type) return type.slice(type.lastIndexOf('#') + 1).split(':')[0] ?? type
  if (statusCode === 503) return 'ServiceUnavailable'
  if (statusCode >= 500) return 'InternalServerError'
  return 'UnknownError'
}

/**
 * Turns a non-2xx DynamoDB response into the matching typed error.
 *
 * @example
 * ```ts
 * const error = mapErrorResponse({
 *   statusCode: 400,
 *   requestId: 'r1',
 *   operation: 'GetItem',
 *   body: '{"__type":"#ResourceNotFoundException","message":"no table"}',
 * })
 * error instanceof ResourceNotFoundError // true
 * ```
 */
export function mapErrorResponse(response: ErrorResponse): DynamoDBError {
  const body = parseBody(response.body)
  const code = errorCodeOf(body.__type, response.statusCode)
  const message = body.message ?? body.Message ?? `DynamoDB returned HTTP ${response.statusCode}`
  const common = {
    message,
    statusCode: response.statusCode,
    requestId: response.requestId,
    operation: response.operation,
  }
  if (code === 'ConditionalCheckFailedException')
    return new ConditionalCheckFailedError({ ...common, item: body.Item })
  if (code === 'TransactionCanceledException') {
    return new TransactionCanceledError({ ...common, reasons: body.CancellationReasons })
  }
  const Known = BY_CODE[code]
  if (Known) return new Known({ ...common, code })
  return new DynamoDBError({
    ...common,
    code,
    retryable: RETRYABLE_STATUS.has(response.statusCode),
    hint: body.__type
      ? 'An error this client has no specific class for; see the message and the DynamoDB API reference for this code.'
      : `The endpoint answered HTTP ${response.statusCode} without a DynamoDB error body: is the endpoint really DynamoDB (not a proxy or another service)?`,
  })
}
