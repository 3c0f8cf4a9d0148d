import type { Credentials } from '../signing/types'
import { httpCall, withRetries } from './credential-http'
import { SsoCredentialsError } from './entry-exports'
import type { ResolveContext } from './resolve-context'
import type { SharedProfile } from './shared-files'
import { domainOf, type SsoLogin, ssoAccessToken } from './sso-token'

interface RoleCredentialsAnswer {
  roleCredentials?: {
    accessKeyId?: string
    secretAccessKey?: string
    sessionToken?: string
    /** Epoch milliseconds. */
    expiration?: number
  }
  message?: string
}

const SUGGEST_SDK =
  'Run `aws configure sso` to write a complete profile, or pass any provider as `credentials` (e.g. fromNodeProviderChain({ profile }) from @aws-sdk/credential-providers).'

function invalidProfile(profile: string, message: string): SsoCredentialsError {
  return new SsoCredentialsError({ reason: 'invalid-profile', profile, message, hint: SUGGEST_SDK })
}

/** The SSO login a profile points at: its `[sso-session name]` section, or legacy keys on the profile. */
export function ssoLoginOf(profile: SharedProfile, ctx: ResolveContext): SsoLogin {
  const values = profile.values
  const sessionName = values.get('sso_session')
  if (!sessionName) {
    const startUrl = values.get('sso_start_url')
    const region = values.get('sso_region')
    if (!startUrl || !region) {
      throw invalidProfile(
        profile.name,
        `Profile "${profile.name}" has SSO settings but neither sso_session nor both sso_start_url and sso_region`,
      )
    }
    return { profile: profile.name, sessionName: undefined, startUrl, region }
  }
  const session = ctx.config.ssoSession(sessionName)
  const startUrl = session?.get('sso_start_url')
  const region = session?.get('sso_region')
  if (!startUrl || !region) {
    throw invalidProfile(
      profile.name,
      `Profile "${profile.name}" uses sso_session = ${sessionName}, but ${ctx.config.paths.config} has no [sso-session ${sessionName}] section with sso_start_url and sso_region`,
    )
  }
  for (const [key, value] of [
    ['sso_start_url', startUrl],
    ['sso_region', region],
  ] as const) {
    const own = values.get(key)
    if (own && own !== value) {
      throw invalidProfile(
        profile.name,
        `Profile "${profile.name}" sets ${key} = ${own}, but its sso-session says ${value}`,
      )
    }
  }
  return { profile: profile.name, sessionName, startUrl, region }
}

/** Role credentials from the IAM Identity Center portal (GetRoleCredentials) with the cached SSO token. */
export async function credentialsFromSso(profile: SharedProfile, ctx: ResolveContext): Promise<Credentials> {
  const accountId = profile.values.get('sso_account_id')
  const roleName = profile.values.get('sso_role_name')
  const login = ssoLoginOf(profile, ctx)
  if (!accountId || !roleName) {
    throw invalidProfile(profile.name, `Profile "${profile.name}" needs sso_account_id and sso_role_name`)
  }
  const token = await ssoAccessToken(login, ctx.env, ctx.httpTimeoutMs)
  const base = ctx.env.AWS_ENDPOINT_URL_SSO || `https://portal.sso.${login.region}.${domainOf(login.region)}`
  const query = new URLSearchParams({ role_name: roleName, account_id: accountId }).toString()
  const url = `${base.replace(/\/$/, '')}/federation/credentials?${query}`
  return withRetries(() => getRoleCredentials(url, token, login, ctx.httpTimeoutMs), isTransient)
}

async function getRoleCredentials(
  url: string,
  token: string,
  login: SsoLogin,
  timeoutMs: number,
): Promise<Credentials> {
  let answer: Awaited<ReturnType<typeof httpCall>>
  try {
    answer = await httpCall(url, { method: 'GET', headers: { 'x-amz-sso_bearer_token': token }, timeoutMs })
  } catch (cause) {
    throw new SsoCredentialsError({
      reason: 'network',
      profile: login.profile,
      message: `Could not reach the SSO portal at ${new URL(url).origin}`,
      hint: 'Check network access to portal.sso.<region>.amazonaws.com (proxy, firewall) or set AWS_ENDPOINT_URL_SSO.',
      cause,
    })
  }
  const json = parseJson(answer.text)
  const requestId = answer.headers.get('x-amzn-requestid') ?? undefined
  if (answer.status !== 200) throw portalError(answer.status, json.message, login, requestId)
  const role = json.roleCredentials
  if (!role?.accessKeyId || !role.secretAccessKey) {
    throw new SsoCredentialsError({
      reason: 'portal-error',
      profile: login.profile,
      message: 'The SSO portal answered without role credentials',
      hint: 'Try again; if it persists, check the IAM Identity Center status.',
      requestId,
    })
  }
  return {
    accessKeyId: role.accessKeyId,
    secretAccessKey: role.secretAccessKey,
    sessionToken: role.sessionToken || undefined,
    expiration: typeof role.expiration === 'number' ? new Date(role.expiration) : undefined,
  }
}

function parseJson(text: string): RoleCredentialsAnswer {
  try {
    const value = JSON.parse(text) as unknown
    return value !== null && typeof value === 'object' ? (value as RoleCredentialsAnswer) : {}
  } catch {
    return {}
  }
}

function portalError(
  status: number,
  message: string | undefined,
  login: SsoLogin,
  requestId: string | undefined,
) {
  const rejected = status === 401
  return new SsoCredentialsError({
    reason: rejected ? 'token-rejected' : 'portal-error',
    profile: login.profile,
    statusCode: status,
    requestId,
    message: `The SSO portal refused GetRoleCredentials (HTTP ${status})${message ? `: ${message}` : ''}`,
    hint: rejected
      ? `The SSO session is no longer valid. Run \`aws sso login --profile ${login.profile}\`.`
      : status === 403
        ? 'Your SSO user has no access to this account/role: check sso_account_id and sso_role_name, or the permission set assignment.'
        : 'Try again; if it persists, check the IAM Identity Center status.',
  })
}

function isTransient(error: unknown): boolean {
  if (!(error instanceof SsoCredentialsError)) return false
  return error.reason === 'network' || (error.statusCode ?? 0) >= 500 || error.statusCode === 429
}
