import { spawnSync } from 'node:child_process'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { DynamoClient } from '@dbtooling/dynamo-client'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { localEndpoint } from '../../../tests/support'
import jestSetup, { jestLocalOptions } from '../src/setup/jest-setup'
import jestTeardown from '../src/setup/jest-teardown'
import vitestSetup from '../src/setup/vitest-setup'

function clientFor(endpoint: string): DynamoClient {
  return new DynamoClient({
    endpoint,
    region: 'us-east-1',
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    maxRetries: 0,
  })
}

describe('global setups', () => {
  let saved: string | undefined
  beforeEach(() => {
    saved = process.env.DYNAMODB_ENDPOINT
  })
  afterEach(() => {
    if (saved === undefined) delete process.env.DYNAMODB_ENDPOINT
    else process.env.DYNAMODB_ENDPOINT = saved
  })

  it('vitest: reuses DYNAMODB_ENDPOINT, provides it to tests and starts nothing', async () => {
    process.env.DYNAMODB_ENDPOINT = localEndpoint()
    const provided: Record<string, string> = {}
    const teardown = await vitestSetup({
      provide: (key, value) => {
        provided[key] = value
      },
    })
    expect(provided).toEqual({ dbtoolingEndpoint: localEndpoint() })
    await teardown()
    // The instance was not ours: it still answers, and the variable is as it was.
    expect((await clientFor(localEndpoint()).listTables({ Limit: 1 })).TableNames).toBeDefined()
    expect(process.env.DYNAMODB_ENDPOINT).toBe(localEndpoint())
  })

  it('jest: starts DynamoDB Local once when no endpoint is set, hands it out through the environment, and the teardown stops it', async () => {
    delete process.env.DYNAMODB_ENDPOINT
    await jestSetup()
    const endpoint = process.env.DYNAMODB_ENDPOINT
    expect(endpoint).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/)
    expect(endpoint).not.toBe(localEndpoint())
    // A second setup (another project) shares the same instance.
    await jestSetup()
    expect(process.env.DYNAMODB_ENDPOINT).toBe(endpoint)
    expect((await clientFor(endpoint!).listTables({})).TableNames).toEqual([])
    await jestTeardown()
    expect(process.env.DYNAMODB_ENDPOINT).toBe(endpoint)
    await jestTeardown()
    expect(process.env.DYNAMODB_ENDPOINT).toBeUndefined()
    await expect(clientFor(endpoint!).listTables({})).rejects.toThrow()
  }, 90_000)

  it('jest: DBTOOLING_LOCAL_PORT is honoured, and a bad one is refused with a typed error', () => {
    expect(jestLocalOptions({ DBTOOLING_LOCAL_PORT: '8123' })).toEqual({ port: 8123 })
    expect(jestLocalOptions({})).toEqual({})
    expect(() => jestLocalOptions({ DBTOOLING_LOCAL_PORT: 'eighty' })).toThrow(
      expect.objectContaining({ code: 'BAD_ARGUMENT', hint: expect.stringContaining('1 to 65535') }),
    )
  })

  it('vitest, end to end: a project with the setup in globalSetup gets the endpoint through testEndpoint()', () => {
    const vitestBin = join(
      dirname(createRequire(import.meta.url).resolve('vitest/package.json')),
      'vitest.mjs',
    )
    const config = fileURLToPath(new URL('./fixtures/vitest-project/vitest.config.ts', import.meta.url))
    const run = spawnSync(process.execPath, [vitestBin, 'run', '--config', config], {
      env: { ...process.env, DYNAMODB_ENDPOINT: localEndpoint(), EXPECTED_ENDPOINT: localEndpoint() },
      encoding: 'utf8',
      timeout: 120_000,
    })
    expect(run.stdout).toMatch(/1 passed/)
    expect(run.status).toBe(0)
  }, 150_000)
})
