import type { TransportResponse } from '@dbtooling/dynamo-client'
import { SecurityError } from '../errors'

type Json = Record<string, unknown>

/** The JSON body of a KMS answer, or the SecurityError (KMS_ERROR) its status and error type mean. */
export function kmsAnswer(operation: string, response: TransportResponse): Json {
  const parsed = parseBody(response.body)
  if (response.statusCode >= 300) throw kmsError(operation, response.statusCode, parsed, response.requestId)
  return parsed
}

function parseBody(body: string): Json {
  if (body.trim() === '') return {}
  try {
    const value: unknown = JSON.parse(body)
    return typeof value === 'object' && value !== null ? (value as Json) : {}
  } catch {
    return { message: body.slice(0, 200) }
  }
}

function kmsError(
  operation: string,
  status: number,
  body: Json,
  requestId: string | undefined,
): SecurityError {
  const type =
    String(body.__type ?? 'UnknownError')
      .split('#')
      .at(-1) ?? 'UnknownError'
  const message = String(body.message ?? body.Message ?? '')
  const hints: Record<string, string> = {
    AccessDeniedException: 'grant the role kms:GenerateDataKey / kms:Decrypt on the key (see iamPolicy)',
    NotFoundException: 'check the key id or ARN and the region',
    DisabledException: 'enable the key, or rotate to another one (old values need the old key to decrypt)',
    InvalidCiphertextException: 'the wrapped data key or encryption context does not match what KMS made',
    IncorrectKeyException: 'the envelope names another key than the one that wrapped its data key',
    ThrottlingException: 'raise dataKeyCache.maxAgeMs / maxUses so fewer data keys are requested',
  }
  return new SecurityError(
    'KMS_ERROR',
    `KMS ${operation} failed: ${status} ${type}${message ? `: ${message}` : ''}${requestId ? ` (request id ${requestId})` : ''}`,
    hints[type] ?? 'see the KMS error type above',
  )
}
