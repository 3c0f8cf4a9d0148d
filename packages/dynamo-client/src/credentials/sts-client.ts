import type { Credentials, RequestSigner, SignableRequest } from '../signing/types'
import { httpCall, withRetries } from './credential-http'
import { AssumeRoleError, loadSigner } from './entry-exports'
import type { Env } from './env'
import { innerXml, xmlText } from './sts-xml'

const STS_VERSION = '2011-06-15'
const RETRYABLE_STS_CODES = new Set([
  'Throttling',
  'ThrottlingException',
  'IDPCommunicationError',
  'InternalFailure',
])

export type StsAction = 'AssumeRole' | 'AssumeRoleWithWebIdentity'

export interface StsCall {
  action: StsAction
  params: Record<string, string>
  region: string
  env: Env
  timeoutMs: number
  /** Sign with these (AssumeRole); omitted for AssumeRoleWithWebIdentity, which STS takes unsigned. */
  signWith?: Credentials | undefined
  /** For error messages only. */
  profile: string | undefined
}

/** `AWS_ENDPOINT_URL_STS` (the SDKs' service-specific endpoint variable), else the regional endpoint. */
export function stsEndpoint(region: string, env: Env): URL {
  const configured = env.AWS_ENDPOINT_URL_STS
  if (configured) return new URL(configured)
  const suffix = region.startsWith('cn-') ? 'amazonaws.com.cn' : 'amazonaws.com'
  return new URL(`https://sts.${region}.${suffix}/`)
}

let signer: Promise<RequestSigner> | undefined

/** Calls STS over the Query protocol (form POST, XML answer) and returns the temporary credentials. */
export function callSts(call: StsCall): Promise<Credentials> {
  return withRetries(() => attempt(call), isTransient)
}

async function attempt(call: StsCall): Promise<Credentials> {
  const url = stsEndpoint(call.region, call.env)
  const body = new URLSearchParams({ Action: call.action, Version: STS_VERSION, ...call.params }).toString()
  const headers: Record<string, string> = {
    'content-type': 'application/x-www-form-urlencoded; charset=utf-8',
  }
  if (call.signWith) {
    const request: SignableRequest = {
      method: 'POST',
      host: url.host,
      path: url.pathname || '/',
      headers,
      body,
    }
    signer ??= loadSigner()
    await (await signer).sign(request, call.signWith, { region: call.region, service: 'sts' })
  }
  let answer: Awaited<ReturnType<typeof httpCall>>
  try {
    answer = await httpCall(url.toString(), { method: 'POST', headers, body, timeoutMs: call.timeoutMs })
  } catch (cause) {
    throw failure(call, 'network', `could not reach STS at ${url.origin}`, { cause })
  }
  if (answer.status !== 200) throw stsError(call, answer.status, answer.text)
  return credentialsOf(call, answer.text)
}

function credentialsOf(call: StsCall, xml: string): Credentials {
  const block = innerXml(xml, 'Credentials') ?? ''
  const accessKeyId = xmlText(block, 'AccessKeyId')
  const secretAccessKey = xmlText(block, 'SecretAccessKey')
  const sessionToken = xmlText(block, 'SessionToken')
  const expiration = xmlText(block, 'Expiration')
  if (!accessKeyId || !secretAccessKey || !sessionToken) {
    throw failure(
      call,
      'invalid-response',
      'answered without AccessKeyId, SecretAccessKey and SessionToken',
      {
        requestId: xmlText(xml, 'RequestId'),
      },
    )
  }
  const expires = expiration ? new Date(expiration) : undefined
  return {
    accessKeyId,
    secretAccessKey,
    sessionToken,
    expiration: expires && !Number.isNaN(expires.getTime()) ? expires : undefined,
  }
}

function stsError(call: StsCall, statusCode: number, xml: string): AssumeRoleError {
  const stsCode = xmlText(xml, 'Code') ?? `HTTP ${statusCode}`
  const detail = xmlText(xml, 'Message') ?? ''
  return failure(call, 'sts-error', `failed: ${stsCode}${detail ? `: ${detail}` : ''}`, {
    stsCode,
    statusCode,
    requestId: xmlText(xml, 'RequestId'),
  })
}

const HINTS: Record<string, string> = {
  AccessDenied:
    "The source identity may not assume this role: check the role's trust policy (Principal, sts:ExternalId, MFA conditions) and the caller's sts:AssumeRole permission.",
  ExpiredToken: 'The source credentials have expired: refresh them (e.g. aws sso login) and try again.',
  InvalidIdentityToken:
    'The web identity token was rejected: check the OIDC provider in IAM and the token file.',
  ExpiredTokenException:
    'The web identity token has expired: the file should be rotated by the platform (EKS, GitHub Actions).',
  RegionDisabledException:
    'STS is not activated in this region: activate it in IAM account settings or set another region.',
}

function failure(
  call: StsCall,
  reason: 'network' | 'sts-error' | 'invalid-response',
  what: string,
  extra: { cause?: unknown; stsCode?: string; statusCode?: number; requestId?: string | undefined } = {},
): AssumeRoleError {
  const roleArn = call.params.RoleArn
  const hint =
    (extra.stsCode && HINTS[extra.stsCode]) ??
    (reason === 'network'
      ? 'Check network access to STS (proxy, VPC endpoint) or set AWS_ENDPOINT_URL_STS.'
      : 'Check the role ARN and the source credentials of the profile.')
  return new AssumeRoleError({
    reason,
    profile: call.profile,
    roleArn,
    message: `STS ${call.action} for ${roleArn ?? 'the role'} ${what}`,
    hint,
    ...extra,
  })
}

function isTransient(error: unknown): boolean {
  if (!(error instanceof AssumeRoleError)) return false
  if (error.reason === 'network') return true
  return (
    (error.statusCode ?? 0) >= 500 || (error.stsCode !== undefined && RETRYABLE_STS_CODES.has(error.stsCode))
  )
}
