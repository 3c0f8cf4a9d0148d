import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { inspect } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { credentialsFromContainer } from '../../src/credentials/container'
import { LOCAL_CREDENTIALS, resolveDefaultCredentials } from '../../src/credentials/default-chain'
import { credentialsFromImds } from '../../src/credentials/imds'
import { memoizeProvider } from '../../src/credentials/provider'
import { resolveRegion } from '../../src/credentials/region'
import { ConfigurationError, CredentialsError, DynamoClient } from '../../src/index'
import { type CannedServer, startCannedServer } from '../support/canned-server'

let dir = ''
let server: CannedServer

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'dynamo-client-creds-'))
  await writeFile(
    join(dir, 'credentials'),
    [
      '[default]',
      'aws_access_key_id = AKIADEFAULT',
      'aws_secret_access_key = default-secret',
      '',
      '# a comment',
      '[work]',
      'aws_access_key_id=AKIAWORK',
      'aws_secret_access_key=work-secret',
      'aws_session_token=work-token',
    ].join('\n'),
  )
  await writeFile(
    join(dir, 'config'),
    [
      '[default]',
      'region = eu-central-1',
      '[profile work]',
      'region = ap-south-1',
      '[profile sso]',
      'sso_session = corp',
      '[profile cfgkeys]',
      'aws_access_key_id = AKIACFG',
      'aws_secret_access_key = cfg-secret',
    ].join('\n'),
  )
  server = await startCannedServer()
})

afterAll(async () => {
  await rm(dir, { recursive: true, force: true })
  await server.close()
})

const files = () => ({
  AWS_SHARED_CREDENTIALS_FILE: join(dir, 'credentials'),
  AWS_CONFIG_FILE: join(dir, 'config'),
})
const nowhere = {
  AWS_SHARED_CREDENTIALS_FILE: '/nonexistent/c',
  AWS_CONFIG_FILE: '/nonexistent/x',
  AWS_EC2_METADATA_DISABLED: 'true',
}

describe('credential resolution order', () => {
  it('prefers environment keys over shared files', async () => {
    const env = {
      ...files(),
      AWS_ACCESS_KEY_ID: 'AKIAENV',
      AWS_SECRET_ACCESS_KEY: 'env',
      AWS_SESSION_TOKEN: 'tok',
    }
    await expect(resolveDefaultCredentials({ env })).resolves.toMatchObject({
      accessKeyId: 'AKIAENV',
      sessionToken: 'tok',
    })
  })

  it('reads the default profile from the credentials file', async () => {
    await expect(resolveDefaultCredentials({ env: files() })).resolves.toMatchObject({
      accessKeyId: 'AKIADEFAULT',
    })
  })

  it('a named profile (AWS_PROFILE or config) wins over environment keys, as in the AWS SDK', async () => {
    const env = {
      ...files(),
      AWS_ACCESS_KEY_ID: 'AKIAENV',
      AWS_SECRET_ACCESS_KEY: 'env',
      AWS_PROFILE: 'work',
    }
    await expect(resolveDefaultCredentials({ env })).resolves.toEqual({
      accessKeyId: 'AKIAWORK',
      secretAccessKey: 'work-secret',
      sessionToken: 'work-token',
    })
    await expect(resolveDefaultCredentials({ env: files(), profile: 'cfgkeys' })).resolves.toMatchObject({
      accessKeyId: 'AKIACFG',
    })
  })

  it('names a missing profile', async () => {
    await expect(resolveDefaultCredentials({ env: files(), profile: 'nope' })).rejects.toThrow(
      /Profile "nope" was not found/,
    )
  })

  it('reports profiles it cannot resolve (SSO) instead of guessing', async () => {
    const error = await resolveDefaultCredentials({ env: files(), profile: 'sso' }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(CredentialsError)
    expect((error as CredentialsError).hint).toMatch(/fromNodeProviderChain/)
  })

  it('falls back to dummy keys for a local endpoint when nothing is configured', async () => {
    await expect(resolveDefaultCredentials({ env: nowhere, localEndpoint: true })).resolves.toEqual(
      LOCAL_CREDENTIALS,
    )
  })

  it('fails with a CredentialsError naming every place searched', async () => {
    const error = await resolveDefaultCredentials({ env: nowhere }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(CredentialsError)
    const searched = (error as CredentialsError).searched.join(' | ')
    expect(searched).toMatch(/environment/)
    expect(searched).toMatch(/\/nonexistent\/c/)
    expect(searched).toMatch(/container/)
    expect((error as CredentialsError).hint).toContain('AWS_ACCESS_KEY_ID')
  })
})

describe('region resolution', () => {
  it('config, then AWS_REGION, then AWS_DEFAULT_REGION, then the profile, then local', async () => {
    await expect(resolveRegion({ region: 'us-west-2', env: { AWS_REGION: 'x' } })).resolves.toBe('us-west-2')
    await expect(resolveRegion({ env: { AWS_REGION: 'eu-west-1', AWS_DEFAULT_REGION: 'x' } })).resolves.toBe(
      'eu-west-1',
    )
    await expect(resolveRegion({ env: { ...nowhere, AWS_DEFAULT_REGION: 'eu-west-3' } })).resolves.toBe(
      'eu-west-3',
    )
    await expect(resolveRegion({ env: files() })).resolves.toBe('eu-central-1')
    await expect(resolveRegion({ env: files(), profile: 'work' })).resolves.toBe('ap-south-1')
    await expect(resolveRegion({ env: nowhere, localEndpoint: true })).resolves.toBe('us-east-1')
    await expect(resolveRegion({ env: nowhere })).rejects.toBeInstanceOf(ConfigurationError)
  })
})

describe('metadata endpoints (canned server on 127.0.0.1)', () => {
  it('container credentials via FULL_URI with an authorization token', async () => {
    server.fallback = {
      body: { AccessKeyId: 'AKIACONT', SecretAccessKey: 's', Token: 't', Expiration: '2099-01-01T00:00:00Z' },
    }
    const env = {
      AWS_CONTAINER_CREDENTIALS_FULL_URI: `${server.endpoint}/creds`,
      AWS_CONTAINER_AUTHORIZATION_TOKEN: 'Bearer x',
    }
    const credentials = await credentialsFromContainer(env)
    expect(credentials).toMatchObject({ accessKeyId: 'AKIACONT', secretAccessKey: 's', sessionToken: 't' })
    expect(credentials?.expiration?.toISOString()).toBe('2099-01-01T00:00:00.000Z')
    const request = server.requests.at(-1)
    expect(request?.url).toBe('/creds')
    expect(request?.headers.authorization).toBe('Bearer x')
  })

  it('refuses a plain-http FULL_URI that is not a container agent or loopback address', async () => {
    await expect(
      credentialsFromContainer({ AWS_CONTAINER_CREDENTIALS_FULL_URI: 'http://example.com/creds' }),
    ).resolves.toBeUndefined()
  })

  it('IMDSv2: token, role, credentials', async () => {
    server.requests.length = 0
    server.fallback = (request) => {
      if (request.method === 'PUT') return { body: 'imds-token' }
      if (request.url.endsWith('/security-credentials/')) return { body: 'my-role' }
      return {
        body: {
          AccessKeyId: 'AKIAIMDS',
          SecretAccessKey: 's2',
          Token: 't2',
          Expiration: '2099-01-01T00:00:00Z',
        },
      }
    }
    const credentials = await credentialsFromImds({ AWS_EC2_METADATA_SERVICE_ENDPOINT: server.endpoint })
    expect(credentials).toMatchObject({ accessKeyId: 'AKIAIMDS', sessionToken: 't2' })
    expect(server.requests.map((r) => `${r.method} ${r.url}`)).toEqual([
      'PUT /latest/api/token',
      'GET /latest/meta-data/iam/security-credentials/',
      'GET /latest/meta-data/iam/security-credentials/my-role',
    ])
    expect(server.requests[0]?.headers['x-aws-ec2-metadata-token-ttl-seconds']).toBe('21600')
    expect(server.requests[2]?.headers['x-aws-ec2-metadata-token']).toBe('imds-token')
  })

  it('the default chain reaches IMDS last', async () => {
    const env = {
      ...nowhere,
      AWS_EC2_METADATA_DISABLED: 'false',
      AWS_EC2_METADATA_SERVICE_ENDPOINT: server.endpoint,
    }
    await expect(resolveDefaultCredentials({ env })).resolves.toMatchObject({ accessKeyId: 'AKIAIMDS' })
  })
})

describe('provider memoisation', () => {
  it('shares one lookup between concurrent callers and refreshes before expiry', async () => {
    let calls = 0
    const provider = memoizeProvider(async () => {
      calls += 1
      return {
        accessKeyId: `K${calls}`,
        secretAccessKey: 's',
        expiration: new Date(Date.now() + (calls === 1 ? 60_000 : 3_600_000)),
      }
    })
    const [a, b] = await Promise.all([provider(), provider()])
    expect(a).toBe(b)
    expect(calls).toBe(1)
    // The first keys expire within the 5-minute margin, so the next call fetches fresh ones.
    await expect(provider()).resolves.toMatchObject({ accessKeyId: 'K2' })
    await expect(provider()).resolves.toMatchObject({ accessKeyId: 'K2' })
    expect(calls).toBe(2)
  })
})

describe('credentials never leak', () => {
  it('util.inspect, JSON.stringify and String() of the client show no secret', async () => {
    const secret = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYSECRETKEY'
    const token = 'FQoGZXIvYXdzESSIONTOKENVALUE'
    const client = new DynamoClient({
      endpoint: server.endpoint,
      region: 'us-east-1',
      credentials: { accessKeyId: 'AKIAIOSFODNN7EXAMPLE', secretAccessKey: secret, sessionToken: token },
    })
    server.fallback = { body: {} }
    await client.listTables()
    for (const text of [
      inspect(client, { depth: 10, showHidden: true }),
      JSON.stringify(client),
      String(Object.entries(client)),
    ]) {
      expect(text).not.toContain(secret)
      expect(text).not.toContain(token)
    }
    expect(inspect(client)).toContain('[redacted]')
    await client.close()
  })

  it('errors carry no credentials or signatures', async () => {
    const secret = 'SECRET-THAT-MUST-NOT-LEAK'
    const client = new DynamoClient({
      endpoint: server.endpoint,
      region: 'us-east-1',
      credentials: { accessKeyId: 'AKIA', secretAccessKey: secret },
      maxRetries: 0,
    })
    server.fallback = {
      status: 400,
      body: {
        __type: 'x#UnrecognizedClientException',
        message: 'The security token included in the request is invalid.',
      },
    }
    const error = await client.listTables().catch((e: unknown) => e)
    for (const text of [inspect(error, { depth: 10, showHidden: true }), JSON.stringify(error)]) {
      expect(text).not.toContain(secret)
      expect(text).not.toContain('Signature=')
    }
    expect(error).toMatchObject({ code: 'UnrecognizedClientException', name: 'UnrecognizedClientException' })
    await client.close()
  })
})
