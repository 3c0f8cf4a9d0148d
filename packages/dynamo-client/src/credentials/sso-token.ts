import { createHash } from 'node:crypto'
import { readFile, rename, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { httpCall } from './credential-http'
import { SsoCredentialsError } from './entry-exports'
import type { Env } from './env'
import { homeDirectory } from './shared-files'

/** Refresh (or give up on) a token this close to its expiry, as the AWS SDK does. */
const EXPIRY_WINDOW_MS = 5 * 60_000

/** Where an SSO login is recorded: the profile asking, and the session (or legacy start URL) it uses. */
export interface SsoLogin {
  readonly profile: string
  /** `sso_session` name; undefined for legacy profiles with `sso_start_url` on the profile itself. */
  readonly sessionName: string | undefined
  readonly startUrl: string
  readonly region: string
}

/** The token cache file `aws sso login` writes. */
interface CachedToken {
  accessToken?: string
  expiresAt?: string
  refreshToken?: string | undefined
  clientId?: string
  clientSecret?: string
  registrationExpiresAt?: string
  [other: string]: unknown
}

/** `~/.aws/sso/cache/<sha1 of the session name, or of the start URL for legacy profiles>.json`. */
export function ssoTokenPath(login: Pick<SsoLogin, 'sessionName' | 'startUrl'>, env: Env): string {
  const key = createHash('sha1')
    .update(login.sessionName ?? login.startUrl, 'utf8')
    .digest('hex')
  return join(homeDirectory(env), '.aws', 'sso', 'cache', `${key}.json`)
}

function loginHint(login: SsoLogin): string {
  const session = login.sessionName ? ` (or \`aws sso login --sso-session ${login.sessionName}\`)` : ''
  return `Run \`aws sso login --profile ${login.profile}\`${session} to sign in again.`
}

/** A cached date: ISO-8601, or the `...UTC` form older AWS CLI versions wrote. */
function timeOf(text: string | undefined): number {
  return text ? new Date(text.replace(/UTC$/, 'Z')).getTime() : Number.NaN
}

/**
 * The SSO access token for a login: read from the cache, refreshed through SSO-OIDC when it is about
 * to expire and the cache holds a refresh token (sso-session logins), and an error telling the user to
 * run `aws sso login` when there is no usable token.
 */
export async function ssoAccessToken(login: SsoLogin, env: Env, timeoutMs: number): Promise<string> {
  const path = ssoTokenPath(login, env)
  const token = await readCachedToken(path, login)
  const expiresAt = timeOf(token.expiresAt)
  const now = Date.now()
  if (expiresAt - now > EXPIRY_WINDOW_MS) return token.accessToken as string
  if (canRefresh(login, token, now)) {
    try {
      return await refreshToken(path, token, login, env, timeoutMs)
    } catch (error) {
      // Still valid for a few minutes: use it, the next resolution tries the refresh again.
      if (expiresAt > now) return token.accessToken as string
      throw expired(login, error)
    }
  }
  if (expiresAt > now) return token.accessToken as string
  throw expired(login)
}

async function readCachedToken(path: string, login: SsoLogin): Promise<CachedToken> {
  let token: CachedToken
  try {
    token = JSON.parse(await readFile(path, 'utf8')) as CachedToken
  } catch (cause) {
    const missing = (cause as { code?: string }).code === 'ENOENT'
    throw new SsoCredentialsError({
      reason: 'token-missing',
      profile: login.profile,
      message: `No ${missing ? '' : 'readable '}SSO token cached for profile "${login.profile}" (${path})`,
      hint: loginHint(login),
    })
  }
  if (typeof token.accessToken !== 'string' || Number.isNaN(timeOf(token.expiresAt))) {
    throw new SsoCredentialsError({
      reason: 'token-missing',
      profile: login.profile,
      message: `The SSO token cache ${path} has no accessToken/expiresAt`,
      hint: loginHint(login),
    })
  }
  return token
}

function expired(login: SsoLogin, cause?: unknown): SsoCredentialsError {
  return new SsoCredentialsError({
    reason: 'token-expired',
    profile: login.profile,
    message: `The SSO session of profile "${login.profile}" has expired${cause ? ' and could not be refreshed' : ''}`,
    hint: loginHint(login),
    ...(cause === undefined ? {} : { cause }),
  })
}

function canRefresh(login: SsoLogin, token: CachedToken, now: number): boolean {
  const registration = timeOf(token.registrationExpiresAt)
  return (
    login.sessionName !== undefined &&
    typeof token.refreshToken === 'string' &&
    typeof token.clientId === 'string' &&
    typeof token.clientSecret === 'string' &&
    (Number.isNaN(registration) || registration > now)
  )
}

/** SSO-OIDC CreateToken with the refresh token; the new token is written back for the AWS CLI too. */
async function refreshToken(
  path: string,
  token: CachedToken,
  login: SsoLogin,
  env: Env,
  timeoutMs: number,
): Promise<string> {
  const endpoint = env.AWS_ENDPOINT_URL_SSO_OIDC || `https://oidc.${login.region}.${domainOf(login.region)}`
  const answer = await httpCall(`${endpoint.replace(/\/$/, '')}/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      clientId: token.clientId,
      clientSecret: token.clientSecret,
      grantType: 'refresh_token',
      refreshToken: token.refreshToken,
    }),
    timeoutMs,
  })
  if (answer.status !== 200) throw new Error(`SSO-OIDC CreateToken answered HTTP ${answer.status}`)
  const fresh = JSON.parse(answer.text) as {
    accessToken?: unknown
    expiresIn?: unknown
    refreshToken?: unknown
  }
  if (typeof fresh.accessToken !== 'string' || typeof fresh.expiresIn !== 'number') {
    throw new Error('SSO-OIDC CreateToken answered without accessToken/expiresIn')
  }
  const updated: CachedToken = {
    ...token,
    accessToken: fresh.accessToken,
    expiresAt: new Date(Date.now() + fresh.expiresIn * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z'),
    refreshToken: typeof fresh.refreshToken === 'string' ? fresh.refreshToken : token.refreshToken,
  }
  // Written aside and renamed, so a concurrent reader (the AWS CLI) never sees half a file.
  const temporary = `${path}.${process.pid}.tmp`
  await writeFile(temporary, JSON.stringify(updated, null, 2), { mode: 0o600 })
  await rename(temporary, path)
  return fresh.accessToken
}

export function domainOf(region: string): string {
  return region.startsWith('cn-') ? 'amazonaws.com.cn' : 'amazonaws.com'
}
