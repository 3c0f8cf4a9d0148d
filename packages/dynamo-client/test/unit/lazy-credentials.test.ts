import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, describe, expect, it } from 'vitest'
import { builtFiles, runWithLoadLog } from '../../../../tests/load-log'
import { localEndpoint } from '../../../../tests/support'

// The built package, as `import('@dbtooling/dynamo-client')` loads it: what is lazy depends on how the build
// splits it, so these tests run the dist files in fresh processes.
const packageDir = fileURLToPath(new URL('../..', import.meta.url))
const work = mkdtempSync(join(tmpdir(), 'dbtooling-client-lazy-'))
afterAll(() => rmSync(work, { recursive: true, force: true }))

// No shared files and no credentials in the environment: what the chain finds is what the script sets.
const isolatedEnv = {
  PATH: process.env.PATH ?? '',
  AWS_CONFIG_FILE: join(work, 'no-config'),
  AWS_SHARED_CREDENTIALS_FILE: join(work, 'no-credentials'),
  AWS_EC2_METADATA_DISABLED: 'true',
}

function builtEntry(): void {
  if (!existsSync(join(packageDir, 'dist/index.js'))) throw new Error('build the package first (pnpm build)')
}

/** Runs `script` (ESM) in a fresh node in the package folder; returns the built files it resolved and its output. */
function esmRun(name: string, script: string, env: Record<string, string> = {}) {
  const run = runWithLoadLog({
    packageDir,
    log: join(work, `${name}.txt`),
    script,
    env: { ...isolatedEnv, ...env },
  })
  expect(run.stderr).toBe('')
  // Every resolution is logged; the chunk resolving `./index.js` again gets the same module, hence the set.
  return { loaded: [...new Set(builtFiles(run.lines, 'dynamo-client'))], output: run.stdout.trim() }
}

/** Runs `script` (CommonJS) in a fresh node; returns the built files in the require cache and its output. */
function cjsRun(script: string) {
  builtEntry()
  const listing =
    "Object.keys(require.cache).filter((f) => f.includes('/packages/dynamo-client/dist/')).map((f) => f.slice(f.lastIndexOf('/') + 1))"
  const run = spawnSync(
    process.execPath,
    ['-e', `(async () => { ${script}; console.log(JSON.stringify(${listing})) })()`],
    {
      cwd: packageDir,
      encoding: 'utf8',
      env: isolatedEnv,
    },
  )
  expect(run.stderr).toBe('')
  const lines = run.stdout.trim().split('\n')
  return { loaded: JSON.parse(lines.at(-1)!) as string[], output: lines.slice(0, -1).join('\n') }
}

const lazyChunks = (files: string[]) => files.filter((file) => file.startsWith('lazy-credentials-'))

// A profile that does not exist: the lazy chain rejects with the entry's own CredentialsError class.
const missingProfile = [
  "const error = await client.fromProfile({ profile: 'absent' })().catch((e) => e)",
  "console.log(error instanceof client.CredentialsError ? 'CredentialsError ' + error.code : 'other ' + error)",
].join('\n')

describe('the credential chain and shared files load on first use, from one chunk', () => {
  it('importing the package loads its entry file and nothing else', () => {
    const { loaded } = esmRun('import', "await import('@dbtooling/dynamo-client')")
    expect(loaded).toEqual(['index.js'])
    // Only lazily loaded modules may import the entry-exports bridge: in the entry it would import itself.
    for (const entry of ['index.js', 'index.cjs']) {
      expect(readFileSync(join(packageDir, 'dist', entry), 'utf8')).not.toMatch(/['"]\.\/index\.c?js['"]/)
    }
  })

  it('a client with fixed credentials and region sends without loading the chunk', () => {
    const script = [
      "const { DynamoClient } = await import('@dbtooling/dynamo-client')",
      `const client = new DynamoClient({ endpoint: ${JSON.stringify(localEndpoint())}, region: 'us-east-1', credentials: { accessKeyId: 'local', secretAccessKey: 'local' } })`,
      'const { TableNames } = await client.listTables({ Limit: 1 })',
      "console.log(Array.isArray(TableNames) ? 'listed' : 'no list')",
    ].join('\n')
    const { loaded, output } = esmRun('fixed', script)
    expect(output).toBe('listed')
    expect(lazyChunks(loaded)).toEqual([])
  })

  it('a client without credentials loads the chunk once, and the default chain finds the environment keys', () => {
    const script = [
      "const { DynamoClient } = await import('@dbtooling/dynamo-client')",
      `const client = new DynamoClient({ endpoint: ${JSON.stringify(localEndpoint())} })`,
      'await client.listTables({ Limit: 1 })',
      'const { TableNames } = await client.listTables({ Limit: 1 })',
      "console.log(Array.isArray(TableNames) ? 'listed' : 'no list')",
    ].join('\n')
    const env = { AWS_ACCESS_KEY_ID: 'fromenv', AWS_SECRET_ACCESS_KEY: 'fromenv', AWS_REGION: 'us-east-1' }
    const { loaded, output } = esmRun('chain', script, env)
    expect(output).toBe('listed')
    expect(lazyChunks(loaded)).toHaveLength(1)
  })

  it('errors from the chunk are the classes the entry exports (ESM)', () => {
    const script = `const client = await import('@dbtooling/dynamo-client')\n${missingProfile}`
    const { loaded, output } = esmRun('error', script)
    expect(output).toBe('CredentialsError CredentialsError')
    expect(loaded.filter((file) => !file.startsWith('lazy-credentials-'))).toEqual(['index.js'])
  })

  it('the CommonJS build does the same: one entry file, the chunk on first use, the same error classes', () => {
    const { loaded, output } = cjsRun(`const client = require('@dbtooling/dynamo-client')\n${missingProfile}`)
    expect(output).toBe('CredentialsError CredentialsError')
    expect(loaded).toContain('index.cjs')
    expect(
      loaded.filter((file) => file !== 'index.cjs').map((file) => file.replace(/-\w+\.cjs$/, '')),
    ).toEqual(['lazy-credentials'])
  })
})
