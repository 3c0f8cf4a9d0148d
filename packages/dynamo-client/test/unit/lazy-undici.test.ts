import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import * as undici from 'undici'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { localEndpoint } from '../../../../tests/support'

// The first request of a process loads undici. Its package entry pulls in some 95 CommonJS files (fetch,
// WebSocket, cache, mocks); the transport needs its Agent alone (src/transport/load-undici.ts). These tests
// run the built package in fresh processes, so what they see is what a cold start loads.
const packageDir = fileURLToPath(new URL('../..', import.meta.url))

/** undici's files in the require cache after one ListTables, from the ESM or the CommonJS build. */
function undiciFilesAfterOneRequest(format: 'esm' | 'cjs'): string[] {
  if (!existsSync(join(packageDir, 'dist/index.js'))) throw new Error('build the package first (pnpm build)')
  const client = `new DynamoClient({ endpoint: ${JSON.stringify(localEndpoint())}, region: 'us-east-1', credentials: { accessKeyId: 'local', secretAccessKey: 'local' } })`
  const body = [
    `const c = ${client}`,
    'const { TableNames } = await c.listTables({ Limit: 1 })',
    "if (!Array.isArray(TableNames)) throw new Error('no list')",
    'await c.close()',
    "console.log(JSON.stringify(Object.keys(require.cache).filter((f) => f.includes('/undici/')).map((f) => f.slice(f.lastIndexOf('/undici/') + 8))))",
  ].join('\n')
  const script =
    format === 'esm'
      ? `import { createRequire } from 'node:module'\nconst require = createRequire(import.meta.url)\nconst { DynamoClient } = await import('@dbtooling/dynamo-client')\n${body}`
      : `(async () => {\nconst { DynamoClient } = require('@dbtooling/dynamo-client')\n${body}\n})()`
  const run = spawnSync(
    process.execPath,
    format === 'esm' ? ['--input-type=module', '-e', script] : ['-e', script],
    {
      cwd: packageDir,
      encoding: 'utf8',
    },
  )
  expect(run.stderr).toBe('')
  return JSON.parse(run.stdout.trim().split('\n').at(-1)!) as string[]
}

describe("the first request loads undici's Agent, not the whole package", () => {
  it.each(['esm', 'cjs'] as const)(
    '%s build: the Agent module without the package entry and its fetch',
    (format) => {
      const files = undiciFilesAfterOneRequest(format)
      expect(files).toContain('lib/dispatcher/agent.js')
      expect(files).not.toContain('index.js')
      expect(files.filter((file) => file.startsWith('lib/web/fetch/'))).toEqual([])
    },
  )

  it('the Agent it loads is the class the package exports', async () => {
    const { loadUndiciAgent } = await import('../../src/transport/load-undici')
    expect((await loadUndiciAgent()).Agent).toBe(undici.Agent)
  })
})

describe('when a later undici moves the Agent module', () => {
  afterEach(() => {
    vi.doUnmock('undici/lib/dispatcher/agent.js')
    vi.resetModules()
  })

  it('the whole package is loaded instead, and requests still go over undici', async () => {
    vi.resetModules()
    vi.doMock('undici/lib/dispatcher/agent.js', () => {
      throw new Error("Cannot find module 'undici/lib/dispatcher/agent.js'")
    })
    const { loadUndiciAgent } = await import('../../src/transport/load-undici')
    const loaded = await loadUndiciAgent()
    expect(loaded.Agent).toBe(undici.Agent)
    expect(Object.keys(loaded)).toContain('fetch')
  })
})
