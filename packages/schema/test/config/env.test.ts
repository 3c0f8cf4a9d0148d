import { describe, expect, it } from 'vitest'
import { applyEnv, ConfigError, loadConfig } from '../../src/config/index'

describe('applyEnv', () => {
  it('DBTOOLING_ variables override the config', () => {
    const { config, issues } = applyEnv(
      { tableName: 'fromFile', region: 'eu-west-1', retries: { retryMode: 'legacy' } },
      {
        DBTOOLING_TABLE_NAME: 'fromEnv',
        DBTOOLING_REGION: 'ap-south-1',
        DBTOOLING_ENDPOINT: 'http://localhost:9000',
        DBTOOLING_MAX_RETRIES: '7',
        DBTOOLING_STRICT: 'yes',
        DBTOOLING_GSI_COUNT: 'auto',
        DBTOOLING_LOCAL_PORT: '8111',
        DBTOOLING_CONSISTENT_READ: '1',
      },
    )
    expect(issues).toEqual([])
    expect(config).toEqual({
      tableName: 'fromEnv',
      region: 'ap-south-1',
      endpoint: 'http://localhost:9000',
      retries: { retryMode: 'legacy', maxRetries: 7 },
      queryBuilder: { strict: true },
      singleTableDesign: { gsiCount: 'auto' },
      local: { port: 8111 },
      consistentRead: true,
    })
  })

  it('AWS_ variables only fill values the config leaves unset', () => {
    const env = {
      AWS_REGION: 'us-west-2',
      AWS_DEFAULT_REGION: 'eu-central-1',
      AWS_ENDPOINT_URL_DYNAMODB: 'http://ddb:8000',
      AWS_MAX_ATTEMPTS: '4',
    }
    expect(applyEnv({}, env).config).toEqual({
      region: 'us-west-2',
      endpoint: 'http://ddb:8000',
      retries: { maxRetries: 3 },
    })
    expect(applyEnv({ region: 'eu-west-1' }, env).config.region).toBe('eu-west-1')
    expect(applyEnv({}, { AWS_DEFAULT_REGION: 'eu-central-1' }).config.region).toBe('eu-central-1')
    expect(applyEnv({}, { AWS_ENDPOINT_URL: 'http://generic:1' }).config.endpoint).toBe('http://generic:1')
  })

  it('DBTOOLING_ variables beat AWS_ variables', () => {
    expect(applyEnv({}, { AWS_REGION: 'us-west-2', DBTOOLING_REGION: 'sa-east-1' }).config.region).toBe(
      'sa-east-1',
    )
  })

  it('takes AWS credentials from the environment only when no identity is configured', () => {
    const env = {
      AWS_ACCESS_KEY_ID: 'AKIAENV',
      AWS_SECRET_ACCESS_KEY: 'envsecret',
      AWS_SESSION_TOKEN: 'tok',
      AWS_PROFILE: 'p',
    }
    expect(applyEnv({}, env).config.credentials).toEqual({
      accessKeyId: 'AKIAENV',
      secretAccessKey: 'envsecret',
      sessionToken: 'tok',
    })
    expect(applyEnv({ profile: 'mine' }, env).config).toEqual({ profile: 'mine' })
    expect(applyEnv({}, { AWS_PROFILE: 'p' }).config).toEqual({ profile: 'p' })
  })

  it('ignores empty variables and does not change its input', () => {
    const input = { tableName: 'kept' }
    const { config } = applyEnv(input, { DBTOOLING_TABLE_NAME: '' })
    expect(config).toEqual({ tableName: 'kept' })
    applyEnv(input, { DBTOOLING_TABLE_NAME: 'changed' })
    expect(input).toEqual({ tableName: 'kept' })
  })

  it('reports unparseable values naming the variable, value and fix', () => {
    const { issues } = applyEnv({}, { DBTOOLING_LOCAL_PORT: 'eighty', DBTOOLING_STRICT: 'maybe' })
    expect(issues).toEqual([
      expect.objectContaining({ code: 'INVALID_ENV', path: 'env.DBTOOLING_STRICT', value: 'maybe' }),
      expect.objectContaining({
        code: 'INVALID_ENV',
        path: 'env.DBTOOLING_LOCAL_PORT',
        value: 'eighty',
        hint: 'set DBTOOLING_LOCAL_PORT to a whole number, or unset it',
      }),
    ])
  })
})

describe('loadConfig with env', () => {
  it('applies env without a config file and validates the result', async () => {
    const config = await loadConfig({
      cwd: '/nonexistent-dir-for-dbtooling',
      env: { DBTOOLING_TABLE_NAME: 'envtable', DBTOOLING_BILLING_MODE: 'PROVISIONED' },
    })
    expect(config.tableName).toBe('envtable')
    expect(config.capacity.billingMode).toBe('PROVISIONED')
  })

  it('rejects an env value that fails validation, naming the key', async () => {
    const error = await loadConfig({
      cwd: '/nonexistent-dir-for-dbtooling',
      env: { DBTOOLING_BILLING_MODE: 'ONDEMAND' },
    }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ConfigError)
    expect((error as ConfigError).issues[0]).toMatchObject({
      path: 'capacity.billingMode',
      value: 'ONDEMAND',
    })
  })

  it('rejects an unparseable env value together with other problems', async () => {
    const env = { DBTOOLING_MAX_RETRIES: 'lots', DBTOOLING_BILLING_MODE: 'ONDEMAND' }
    const error = await loadConfig({ cwd: '/nonexistent-dir-for-dbtooling', env }).catch((e: unknown) => e)
    expect((error as ConfigError).issues.map((issue) => issue.code)).toEqual(['INVALID_ENV', 'INVALID_VALUE'])
  })

  it('env: false ignores the process environment', async () => {
    process.env.DBTOOLING_TABLE_NAME = 'fromProcess'
    try {
      expect((await loadConfig({ cwd: '/nonexistent-dir-for-dbtooling', env: false })).tableName).toBe(
        'dbtooling',
      )
      expect((await loadConfig({ cwd: '/nonexistent-dir-for-dbtooling' })).tableName).toBe('fromProcess')
    } finally {
      delete process.env.DBTOOLING_TABLE_NAME
    }
  })
})
