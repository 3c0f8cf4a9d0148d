import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { inspect } from 'node:util'
import { AwsV4Signer } from 'aws4fetch'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { resolveDefaultCredentials } from '../../src/credentials/default-chain'
import { stsEndpoint } from '../../src/credentials/sts-client'
import { xmlText } from '../../src/credentials/sts-xml'
import { AssumeRoleError, type Credentials, DynamoClient, fromProfile } from '../../src/index'
import {
  type CannedResponse,
  type CannedServer,
  type RecordedRequest,
  startCannedServer,
} from '../support/canned-server'

let dir = ''
let server: CannedServer
let lifetimeMs = 3600_000

const CONFIG = (tokenFile: string) => `
[profile base]
aws_access_key_id = AKIABASE
aws_secret_access_key = base-secret

[profile dev]
role_arn = arn:aws:iam::111122223333:role/dev
source_profile = base
role_session_name = alice
external_id = ext-42
duration_seconds = 1800
region = eu-west-1

[profile admin]
role_arn = arn:aws:iam::111122223333:role/admin
source_profile = dev
region = eu-west-1

[profile self]
role_arn = arn:aws:iam::111122223333:role/self
source_profile = self
aws_access_key_id = AKIASELF
aws_secret_access_key = self-secret

[profile loop-a]
role_arn = arn:aws:iam::111122223333:role/a
source_profile = loop-b

[profile loop-b]
role_arn = arn:aws:iam::111122223333:role/b
source_profile = loop-a

[profile ghost-source]
role_arn = arn:aws:iam::111122223333:role/x
source_profile = ghost

[profile no-source]
role_arn = arn:aws:iam::111122223333:role/x

[profile from-env]
role_arn = arn:aws:iam::111122223333:role/envrole
credential_source = Environment

[profile from-ecs]
role_arn = arn:aws:iam::111122223333:role/ecsrole
credential_source = EcsContainer

[profile bad-source]
role_arn = arn:aws:iam::111122223333:role/x
credential_source = Laptop

[profile mfa]
role_arn = arn:aws:iam::111122223333:role/mfarole
source_profile = base
mfa_serial = arn:aws:iam::111122223333:mfa/alice

[profile denied]
role_arn = arn:aws:iam::111122223333:role/denied
source_profile = base

[profile web]
role_arn = arn:aws:iam::111122223333:role/webrole
web_identity_token_file = ${tokenFile}
role_session_name = web-session
`

/** STS as the Query protocol answers: XML credentials named after the role, or an XML error. */
function fakeSts(request: RecordedRequest): CannedResponse {
  if (request.url === '/ecs-creds') {
    return { body: { AccessKeyId: 'AKIAECS', SecretAccessKey: 'ecs-secret', Token: 'ecs-token' } }
  }
  if (request.headers['x-amz-target']) return { body: { TableNames: [] } }
  const form = new URLSearchParams(request.body)
  const action = form.get('Action') ?? ''
  const role = (form.get('RoleArn') ?? '').split('/').pop() ?? ''
  if (role === 'denied') {
    return {
      status: 403,
      body: `<ErrorResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/"><Error><Type>Sender</Type><Code>AccessDenied</Code><Message>User: arn:aws:iam::111122223333:user/base is not authorized to perform: sts:AssumeRole &amp; more</Message></Error><RequestId>rid-denied</RequestId></ErrorResponse>`,
    }
  }
  const expiration = new Date(Date.now() + lifetimeMs).toISOString()
  return {
    headers: { 'content-type': 'text/xml' },
    body: `<${action}Response xmlns="https://sts.amazonaws.com/doc/2011-06-15/">
  <${action}Result>
    <AssumedRoleUser><Arn>arn:aws:sts::111122223333:assumed-role/${role}/s</Arn><AssumedRoleId>AROA:s</AssumedRoleId></AssumedRoleUser>
    <Credentials>
      <AccessKeyId>ASIA${role.toUpperCase()}</AccessKeyId>
      <SecretAccessKey>secret-${role}</SecretAccessKey>
      <SessionToken>token-${role}</SessionToken>
      <Expiration>${expiration}</Expiration>
    </Credentials>
  </${action}Result>
  <ResponseMetadata><RequestId>rid-${role}</RequestId></ResponseMetadata>
</${action}Response>`,
  }
}

const role = (name: string): Credentials => ({
  accessKeyId: `ASIA${name.toUpperCase()}`,
  secretAccessKey: `secret-${name}`,
  sessionToken: `token-${name}`,
})

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'dynamo-client-roles-'))
  await writeFile(join(dir, 'token'), 'eyJhbGciOiJSUzI1NiJ9.web-identity-jwt\n')
  await writeFile(join(dir, 'config'), CONFIG(join(dir, 'token')))
  server = await startCannedServer()
})
afterAll(async () => {
  await server.close()
  await rm(dir, { recursive: true, force: true })
})
beforeEach(() => {
  server.requests.length = 0
  server.fallback = fakeSts
  lifetimeMs = 3600_000
})

const env = (extra: Record<string, string> = {}) => ({
  HOME: dir,
  AWS_CONFIG_FILE: join(dir, 'config'),
  AWS_SHARED_CREDENTIALS_FILE: join(dir, 'none'),
  AWS_ENDPOINT_URL_STS: server.endpoint,
  AWS_EC2_METADATA_DISABLED: 'true',
  ...extra,
})
const form = (request: RecordedRequest | undefined) =>
  Object.fromEntries(new URLSearchParams(request?.body ?? ''))

/** Re-signs the recorded request with aws4fetch (an independent SigV4) and compares. */
async function expectSignedBy(request: RecordedRequest | undefined, by: Credentials, region: string) {
  const auth = String(request?.headers.authorization)
  const datetime = String(request?.headers['x-amz-date'])
  expect(auth).toContain(`Credential=${by.accessKeyId}/${datetime.slice(0, 8)}/${region}/sts/aws4_request`)
  expect(request?.headers['x-amz-security-token']).toBe(by.sessionToken)
  const signer = new AwsV4Signer({
    method: 'POST',
    url: `${server.endpoint}/`,
    headers: { 'content-type': String(request?.headers['content-type']) },
    body: request?.body ?? '',
    accessKeyId: by.accessKeyId,
    secretAccessKey: by.secretAccessKey,
    ...(by.sessionToken ? { sessionToken: by.sessionToken } : {}),
    service: 'sts',
    region,
    datetime,
  })
  expect((await signer.sign()).headers.get('authorization')).toBe(auth)
}

describe('role_arn + source_profile (STS AssumeRole)', () => {
  it('signs AssumeRole with the source keys and sends every profile setting as a form field', async () => {
    const credentials = await resolveDefaultCredentials({ env: env({ AWS_PROFILE: 'dev' }) })
    expect(credentials).toMatchObject(role('dev'))
    expect(credentials.expiration?.getTime()).toBeGreaterThan(Date.now() + 3500_000)
    const [request] = server.requests
    expect(server.requests).toHaveLength(1)
    expect(request?.method).toBe('POST')
    expect(request?.url).toBe('/')
    expect(request?.headers['content-type']).toBe('application/x-www-form-urlencoded; charset=utf-8')
    expect(form(request)).toEqual({
      Action: 'AssumeRole',
      Version: '2011-06-15',
      RoleArn: 'arn:aws:iam::111122223333:role/dev',
      RoleSessionName: 'alice',
      ExternalId: 'ext-42',
      DurationSeconds: '1800',
    })
    await expectSignedBy(request, { accessKeyId: 'AKIABASE', secretAccessKey: 'base-secret' }, 'eu-west-1')
  })

  it('chains roles: each hop is signed with the credentials the previous hop returned', async () => {
    await expect(resolveDefaultCredentials({ env: env(), profile: 'admin' })).resolves.toMatchObject(
      role('admin'),
    )
    expect(server.requests.map((r) => form(r).RoleArn)).toEqual([
      'arn:aws:iam::111122223333:role/dev',
      'arn:aws:iam::111122223333:role/admin',
    ])
    await expectSignedBy(server.requests[1], role('dev'), 'eu-west-1')
    expect(form(server.requests[1]).RoleSessionName).toMatch(/^dbtooling-\d+$/)
  })

  it('a role profile may name itself as source to use its own static keys', async () => {
    await expect(resolveDefaultCredentials({ env: env(), profile: 'self' })).resolves.toMatchObject(
      role('self'),
    )
    // No region anywhere: the us-east-1 regional endpoint's scope.
    await expectSignedBy(
      server.requests[0],
      { accessKeyId: 'AKIASELF', secretAccessKey: 'self-secret' },
      'us-east-1',
    )
  })

  it('STS region: AWS_REGION wins over the profile region', async () => {
    await resolveDefaultCredentials({ env: env({ AWS_REGION: 'ap-south-1' }), profile: 'dev' })
    expect(String(server.requests[0]?.headers.authorization)).toContain('/ap-south-1/sts/aws4_request')
    expect(stsEndpoint('eu-west-1', {}).toString()).toBe('https://sts.eu-west-1.amazonaws.com/')
    expect(stsEndpoint('cn-north-1', {}).toString()).toBe('https://sts.cn-north-1.amazonaws.com.cn/')
  })

  it('detects source_profile loops before calling STS', async () => {
    const error = await resolveDefaultCredentials({ env: env(), profile: 'loop-a' }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(AssumeRoleError)
    expect(error).toMatchObject({ reason: 'profile-loop', code: 'CredentialsError' })
    expect((error as Error).message).toContain('loop-a -> loop-b -> loop-a')
    expect(server.requests).toHaveLength(0)
  })

  it('names a missing source profile and a role profile without any source', async () => {
    await expect(resolveDefaultCredentials({ env: env(), profile: 'ghost-source' })).rejects.toMatchObject({
      reason: 'invalid-profile',
      message: expect.stringContaining('source_profile = ghost'),
    })
    await expect(resolveDefaultCredentials({ env: env(), profile: 'no-source' })).rejects.toMatchObject({
      reason: 'invalid-profile',
      message: expect.stringContaining('neither source_profile nor credential_source'),
    })
  })
})

describe('credential_source', () => {
  it('Environment: signs with the environment keys', async () => {
    const keys = {
      AWS_ACCESS_KEY_ID: 'AKIAENV',
      AWS_SECRET_ACCESS_KEY: 'env-secret',
      AWS_SESSION_TOKEN: 'env-tok',
    }
    await expect(resolveDefaultCredentials({ env: env(keys), profile: 'from-env' })).resolves.toMatchObject(
      role('envrole'),
    )
    await expectSignedBy(
      server.requests[0],
      { accessKeyId: 'AKIAENV', secretAccessKey: 'env-secret', sessionToken: 'env-tok' },
      'us-east-1',
    )
    await expect(resolveDefaultCredentials({ env: env(), profile: 'from-env' })).rejects.toMatchObject({
      reason: 'invalid-profile',
      hint: expect.stringContaining('AWS_ACCESS_KEY_ID'),
    })
  })

  it('EcsContainer: signs with the container credentials', async () => {
    const container = { AWS_CONTAINER_CREDENTIALS_FULL_URI: `${server.endpoint}/ecs-creds` }
    await expect(
      resolveDefaultCredentials({ env: env(container), profile: 'from-ecs' }),
    ).resolves.toMatchObject(role('ecsrole'))
    expect(server.requests.map((r) => r.url)).toEqual(['/ecs-creds', '/'])
    await expectSignedBy(
      server.requests[1],
      { accessKeyId: 'AKIAECS', secretAccessKey: 'ecs-secret', sessionToken: 'ecs-token' },
      'us-east-1',
    )
  })

  it('an unknown source is a clear profile error', async () => {
    await expect(resolveDefaultCredentials({ env: env(), profile: 'bad-source' })).rejects.toMatchObject({
      reason: 'invalid-profile',
      hint: expect.stringContaining('Environment, Ec2InstanceMetadata, EcsContainer'),
    })
  })
})

describe('mfa_serial', () => {
  it('fails clearly without an mfaCodeProvider, before calling STS', async () => {
    const error = await resolveDefaultCredentials({ env: env(), profile: 'mfa' }).catch((e: unknown) => e)
    expect(error).toMatchObject({ reason: 'mfa-required', roleArn: 'arn:aws:iam::111122223333:role/mfarole' })
    expect((error as AssumeRoleError).hint).toContain('mfaCodeProvider')
    expect(server.requests).toHaveLength(0)
  })

  it('sends SerialNumber and the code from mfaCodeProvider', async () => {
    const asked: string[] = []
    const provider = fromProfile({
      env: env(),
      profile: 'mfa',
      mfaCodeProvider: async (serial) => {
        asked.push(serial)
        return '123456'
      },
    })
    await expect(provider()).resolves.toMatchObject(role('mfarole'))
    expect(asked).toEqual(['arn:aws:iam::111122223333:mfa/alice'])
    expect(form(server.requests[0])).toMatchObject({
      SerialNumber: 'arn:aws:iam::111122223333:mfa/alice',
      TokenCode: '123456',
    })
  })
})

describe('STS failures', () => {
  it('an STS error is typed with its code, request id and a hint, and is not retried', async () => {
    const error = await resolveDefaultCredentials({ env: env(), profile: 'denied' }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(AssumeRoleError)
    expect(error).toMatchObject({
      reason: 'sts-error',
      stsCode: 'AccessDenied',
      statusCode: 403,
      requestId: 'rid-denied',
      profile: 'denied',
    })
    expect((error as Error).message).toContain('not authorized to perform: sts:AssumeRole & more')
    expect((error as AssumeRoleError).hint).toContain('trust policy')
    expect(server.requests).toHaveLength(1)
    for (const text of [inspect(error, { depth: 5 }), JSON.stringify(error)]) {
      expect(text).not.toContain('base-secret')
      expect(text).not.toContain('Signature=')
    }
  })

  it('retries a 5xx answer, then succeeds', async () => {
    server.enqueue({
      status: 503,
      body: '<ErrorResponse><Error><Code>ServiceUnavailable</Code><Message>busy</Message></Error></ErrorResponse>',
    })
    await expect(resolveDefaultCredentials({ env: env(), profile: 'dev' })).resolves.toMatchObject(
      role('dev'),
    )
    expect(server.requests).toHaveLength(2)
  })

  it('an unreachable STS is reason network after the retries', async () => {
    const unreachable = env({ AWS_ENDPOINT_URL_STS: 'http://127.0.0.1:9/' })
    await expect(
      resolveDefaultCredentials({ env: unreachable, profile: 'dev', httpTimeoutMs: 500 }),
    ).rejects.toMatchObject({ reason: 'network', hint: expect.stringContaining('AWS_ENDPOINT_URL_STS') })
  })
})

describe('web identity (AssumeRoleWithWebIdentity)', () => {
  it('profile web_identity_token_file: unsigned call carrying the token file contents', async () => {
    await expect(resolveDefaultCredentials({ env: env(), profile: 'web' })).resolves.toMatchObject(
      role('webrole'),
    )
    const [request] = server.requests
    expect(request?.headers.authorization).toBeUndefined()
    expect(form(request)).toEqual({
      Action: 'AssumeRoleWithWebIdentity',
      Version: '2011-06-15',
      RoleArn: 'arn:aws:iam::111122223333:role/webrole',
      RoleSessionName: 'web-session',
      WebIdentityToken: 'eyJhbGciOiJSUzI1NiJ9.web-identity-jwt',
    })
  })

  it('EKS IRSA environment variables, in the default chain after the shared files', async () => {
    const irsa = {
      AWS_WEB_IDENTITY_TOKEN_FILE: join(dir, 'token'),
      AWS_ROLE_ARN: 'arn:aws:iam::111122223333:role/irsa',
      AWS_ROLE_SESSION_NAME: 'pod-1',
    }
    await expect(resolveDefaultCredentials({ env: env(irsa) })).resolves.toMatchObject(role('irsa'))
    expect(form(server.requests[0])).toMatchObject({ RoleSessionName: 'pod-1', RoleArn: irsa.AWS_ROLE_ARN })
  })

  it('an unreadable token file is reason token-file, naming the path but not the token', async () => {
    const irsa = {
      AWS_WEB_IDENTITY_TOKEN_FILE: join(dir, 'missing-token'),
      AWS_ROLE_ARN: 'arn:aws:iam::1:role/r',
    }
    await expect(resolveDefaultCredentials({ env: env(irsa) })).rejects.toMatchObject({
      reason: 'token-file',
      message: expect.stringContaining('missing-token'),
    })
    expect(server.requests).toHaveLength(0)
  })
})

describe('refresh and the client', () => {
  it('assumes the role again when the credentials near expiry, not on every call', async () => {
    lifetimeMs = 120_000
    const short = fromProfile({ env: env(), profile: 'dev' })
    await short()
    await short()
    expect(server.requests).toHaveLength(2)
    lifetimeMs = 3600_000
    const long = fromProfile({ env: env(), profile: 'dev' })
    await Promise.all([long(), long(), long()])
    expect(server.requests).toHaveLength(3)
  })

  it('a DynamoClient with AWS_PROFILE of a role profile signs DynamoDB calls with the assumed role', async () => {
    const client = new DynamoClient({ endpoint: server.endpoint, env: env({ AWS_PROFILE: 'dev' }) })
    await client.listTables()
    await client.listTables()
    const dynamo = server.requests.filter((r) => r.headers['x-amz-target'])
    expect(server.requests.filter((r) => form(r).Action === 'AssumeRole')).toHaveLength(1)
    expect(dynamo).toHaveLength(2)
    expect(dynamo[0]?.headers['x-amz-security-token']).toBe('token-dev')
    expect(String(dynamo[0]?.headers.authorization)).toMatch(
      /Credential=ASIADEV\/\d{8}\/eu-west-1\/dynamodb\//,
    )
    await client.close()
  })
})

describe('STS XML reading', () => {
  it('decodes entities and ignores attributes on the element', () => {
    const xml = '<R a="1"><Message lang="en">a &lt;b&gt; &amp; &#39;c&#x27; &quot;d&quot;</Message></R>'
    expect(xmlText(xml, 'Message')).toBe(`a <b> & 'c' "d"`)
    expect(xmlText(xml, 'Missing')).toBeUndefined()
  })
})
