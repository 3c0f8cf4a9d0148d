import { createHash } from 'node:crypto'
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { inspect } from 'node:util'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { resolveDefaultCredentials } from '../../src/credentials/default-chain'
import { ssoTokenPath } from '../../src/credentials/sso-token'
import { CredentialsError, SsoCredentialsError } from '../../src/index'
import { type CannedServer, type RecordedRequest, startCannedServer } from '../support/canned-server'

const START_URL = 'https://corp.awsapps.com/start'
const LEGACY_URL = 'https://legacy.awsapps.com/start'
const EXPIRES_MS = 1_900_000_000_000

let home = ''
let server: CannedServer

const CONFIG = `
[profile dev]
sso_session = corp
sso_account_id = 111122223333
sso_role_name = Developer
region = eu-west-1

[sso-session corp]
sso_start_url = ${START_URL}
sso_region = eu-central-1
sso_registration_scopes = sso:account:access

[profile legacy]
sso_start_url = ${LEGACY_URL}
sso_region = us-east-2
sso_account_id = 444455556666
sso_role_name = ReadOnly

[profile no-session]
sso_session = nowhere
sso_account_id = 1
sso_role_name = R

[profile mismatch]
sso_session = corp
sso_start_url = https://other.awsapps.com/start
sso_account_id = 1
sso_role_name = R

[profile no-role]
sso_session = corp
sso_account_id = 111122223333

[profile via-sso]
role_arn = arn:aws:iam::111122223333:role/admin
source_profile = dev
`

const cacheFile = (key: string) =>
  join(home, '.aws', 'sso', 'cache', `${createHash('sha1').update(key).digest('hex')}.json`)
const inMinutes = (minutes: number) => new Date(Date.now() + minutes * 60_000).toISOString()

function portal(request: RecordedRequest) {
  if (request.url === '/token') {
    return {
      body: {
        accessToken: 'refreshed-token',
        expiresIn: 3600,
        refreshToken: 'rotated-refresh',
        tokenType: 'Bearer',
      },
    }
  }
  if (request.url === '/' && request.body.includes('AssumeRole')) {
    return {
      body: '<AssumeRoleResponse><AssumeRoleResult><Credentials><AccessKeyId>ASIAADMIN</AccessKeyId><SecretAccessKey>s</SecretAccessKey><SessionToken>t</SessionToken><Expiration>2099-01-01T00:00:00Z</Expiration></Credentials></AssumeRoleResult></AssumeRoleResponse>',
    }
  }
  const token = request.headers['x-amz-sso_bearer_token']
  if (token !== 'corp-token' && token !== 'legacy-token' && token !== 'refreshed-token') {
    return {
      status: 401,
      headers: { 'x-amzn-errortype': 'UnauthorizedException' },
      body: { message: 'Session token not found or invalid' },
    }
  }
  const role = new URL(request.url, 'http://x').searchParams.get('role_name')
  return {
    body: {
      roleCredentials: {
        accessKeyId: `ASIA${role?.toUpperCase()}`,
        secretAccessKey: `secret-${role}`,
        sessionToken: `session-${role}`,
        expiration: EXPIRES_MS,
      },
    },
  }
}

async function cacheToken(key: string, token: Record<string, unknown>) {
  await writeFile(cacheFile(key), JSON.stringify(token))
}

beforeAll(async () => {
  home = await mkdtemp(join(tmpdir(), 'dynamo-client-sso-'))
  await mkdir(join(home, '.aws', 'sso', 'cache'), { recursive: true })
  await writeFile(join(home, '.aws', 'config'), CONFIG)
  server = await startCannedServer()
})
afterAll(async () => {
  await server.close()
  await rm(home, { recursive: true, force: true })
})
beforeEach(async () => {
  server.requests.length = 0
  server.fallback = portal
  await cacheToken('corp', {
    startUrl: START_URL,
    region: 'eu-central-1',
    accessToken: 'corp-token',
    expiresAt: inMinutes(60),
  })
  await cacheToken(LEGACY_URL, {
    startUrl: LEGACY_URL,
    region: 'us-east-2',
    accessToken: 'legacy-token',
    expiresAt: inMinutes(60),
  })
})

const env = (profile: string) => ({
  HOME: home,
  AWS_PROFILE: profile,
  AWS_ENDPOINT_URL_SSO: server.endpoint,
  AWS_ENDPOINT_URL_SSO_OIDC: server.endpoint,
  AWS_ENDPOINT_URL_STS: server.endpoint,
  AWS_EC2_METADATA_DISABLED: 'true',
})

async function ssoFailure(profile: string) {
  const error = await resolveDefaultCredentials({ env: env(profile) }).catch((e: unknown) => e)
  expect(error).toBeInstanceOf(SsoCredentialsError)
  expect(error).toBeInstanceOf(CredentialsError)
  return error as SsoCredentialsError
}

describe('SSO profiles (IAM Identity Center)', () => {
  it('sso_session: GetRoleCredentials with the cached token of the session', async () => {
    const credentials = await resolveDefaultCredentials({ env: env('dev') })
    expect(credentials).toEqual({
      accessKeyId: 'ASIADEVELOPER',
      secretAccessKey: 'secret-Developer',
      sessionToken: 'session-Developer',
      expiration: new Date(EXPIRES_MS),
    })
    const [request] = server.requests
    expect(request?.method).toBe('GET')
    const url = new URL(request?.url ?? '', 'http://x')
    expect(url.pathname).toBe('/federation/credentials')
    expect(Object.fromEntries(url.searchParams)).toEqual({
      role_name: 'Developer',
      account_id: '111122223333',
    })
    expect(request?.headers['x-amz-sso_bearer_token']).toBe('corp-token')
    expect(request?.headers.authorization).toBeUndefined()
  })

  it('legacy profiles: the cache file is named after the start URL', async () => {
    await expect(resolveDefaultCredentials({ env: env('legacy') })).resolves.toMatchObject({
      accessKeyId: 'ASIAREADONLY',
    })
    expect(server.requests[0]?.headers['x-amz-sso_bearer_token']).toBe('legacy-token')
    expect(ssoTokenPath({ sessionName: undefined, startUrl: LEGACY_URL }, { HOME: home })).toBe(
      cacheFile(LEGACY_URL),
    )
    // SHA-1("abc") is the FIPS 180 test vector: the session name, not the URL, names the file.
    expect(ssoTokenPath({ sessionName: 'abc', startUrl: START_URL }, { HOME: home })).toBe(
      join(home, '.aws', 'sso', 'cache', 'a9993e364706816aba3e25717850c26c9cd0d89d.json'),
    )
  })

  it('no cached token: token-missing, telling the user to run aws sso login', async () => {
    await rm(cacheFile('corp'))
    const error = await ssoFailure('dev')
    expect(error.reason).toBe('token-missing')
    expect(error.hint).toContain('aws sso login --profile dev')
    expect(error.hint).toContain('--sso-session corp')
    expect(server.requests).toHaveLength(0)
  })

  it('an expired token that cannot be refreshed: token-expired', async () => {
    await cacheToken(LEGACY_URL, { accessToken: 'legacy-token', expiresAt: inMinutes(-5) })
    const error = await ssoFailure('legacy')
    expect(error.reason).toBe('token-expired')
    expect(error.hint).toContain('aws sso login --profile legacy')
    // The older AWS CLI date form still parses.
    await cacheToken(LEGACY_URL, { accessToken: 'legacy-token', expiresAt: '2001-01-01T00:00:00UTC' })
    expect((await ssoFailure('legacy')).reason).toBe('token-expired')
  })

  it('a token about to expire is refreshed through SSO-OIDC and written back to the cache', async () => {
    await cacheToken('corp', {
      startUrl: START_URL,
      accessToken: 'old-token',
      expiresAt: inMinutes(2),
      refreshToken: 'refresh-1',
      clientId: 'client-1',
      clientSecret: 'client-secret-1',
      registrationExpiresAt: inMinutes(60 * 24 * 30),
    })
    await expect(resolveDefaultCredentials({ env: env('dev') })).resolves.toMatchObject({
      accessKeyId: 'ASIADEVELOPER',
    })
    const [refresh, fetch] = server.requests
    expect(refresh?.method).toBe('POST')
    expect(refresh?.url).toBe('/token')
    expect(refresh?.json).toEqual({
      clientId: 'client-1',
      clientSecret: 'client-secret-1',
      grantType: 'refresh_token',
      refreshToken: 'refresh-1',
    })
    expect(fetch?.headers['x-amz-sso_bearer_token']).toBe('refreshed-token')
    const cached = JSON.parse(await readFile(cacheFile('corp'), 'utf8')) as Record<string, string>
    expect(cached).toMatchObject({
      accessToken: 'refreshed-token',
      refreshToken: 'rotated-refresh',
      clientId: 'client-1',
      startUrl: START_URL,
    })
    expect(new Date(cached.expiresAt ?? '').getTime()).toBeGreaterThan(Date.now() + 3500_000)
  })

  it('a failed refresh of an expired token is token-expired with the cause; a still-valid one is used', async () => {
    server.fallback = (request) =>
      request.url === '/token' ? { status: 400, body: { error: 'invalid_grant' } } : portal(request)
    const refreshable = { accessToken: 'corp-token', refreshToken: 'r', clientId: 'c', clientSecret: 's' }
    await cacheToken('corp', { ...refreshable, expiresAt: inMinutes(-1) })
    const error = await ssoFailure('dev')
    expect(error.reason).toBe('token-expired')
    expect(String((error.cause as Error).message)).toContain('HTTP 400')
    await cacheToken('corp', { ...refreshable, expiresAt: inMinutes(3) })
    await expect(resolveDefaultCredentials({ env: env('dev') })).resolves.toMatchObject({
      accessKeyId: 'ASIADEVELOPER',
    })
  })

  it('a token the portal rejects: token-rejected with the login hint; the token never shows', async () => {
    await cacheToken('corp', { accessToken: 'revoked-token-value', expiresAt: inMinutes(60) })
    const error = await ssoFailure('dev')
    expect(error).toMatchObject({ reason: 'token-rejected', statusCode: 401 })
    expect(error.message).toContain('Session token not found or invalid')
    expect(error.hint).toContain('aws sso login --profile dev')
    for (const text of [inspect(error, { depth: 5 }), JSON.stringify(error), error.message, error.hint]) {
      expect(text).not.toContain('revoked-token-value')
    }
  })

  it('a 403 from the portal names the account/role assignment', async () => {
    server.fallback = { status: 403, body: { message: 'No access' } }
    const error = await ssoFailure('dev')
    expect(error).toMatchObject({ reason: 'portal-error', statusCode: 403 })
    expect(error.hint).toContain('sso_account_id')
  })

  it('incomplete or inconsistent profiles are invalid-profile errors naming what is wrong', async () => {
    expect((await ssoFailure('no-session')).message).toContain('[sso-session nowhere]')
    expect((await ssoFailure('mismatch')).message).toContain(
      'sso_start_url = https://other.awsapps.com/start',
    )
    expect((await ssoFailure('no-role')).message).toContain('sso_role_name')
    expect(server.requests).toHaveLength(0)
  })

  it('an SSO profile can be the source_profile of a role profile', async () => {
    await expect(resolveDefaultCredentials({ env: env('via-sso') })).resolves.toMatchObject({
      accessKeyId: 'ASIAADMIN',
    })
    const [sso, sts] = server.requests
    expect(sso?.url).toMatch(/^\/federation\/credentials/)
    expect(sts?.headers['x-amz-security-token']).toBe('session-Developer')
    expect(String(sts?.headers.authorization)).toContain('Credential=ASIADEVELOPER/')
  })
})
