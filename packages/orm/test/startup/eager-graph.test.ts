import { spawnSync } from 'node:child_process'
import { readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

// What `import('@dbtooling/orm')` compiles is what a Lambda cold start pays (bench --suite import); the
// budgets are bytes of built JavaScript, so they hold on a loaded machine where times do not. 375762c had
// 1,034 KB in 10 files; after the lazy write path, runtimes, factories and transfers and the one-file client
// and schema builds (2026-12-07, 22:46): orm 343,753, schema 189,546, client 167,364 bytes in 4 files; with
// esbuild's syntax minification and local names shortened (compactBuild, 2026-12-08): orm 263,120, schema
// 144,404, client 134,333. About
// 5 % headroom, so new features fit but an eagerly loaded subsystem or dependency does not. Raise a budget
// (or the file count: each file is a resolution and a load) only with a bench run that shows the cost, in the
// same commit.
const BUDGET = { orm: 276_000, schema: 152_000, 'dynamo-client': 141_000 } as const
const MAX_FILES = 4
// Node internals that only file loading, ciphers and ids need: an ES import of node:fs or node:crypto
// loads them all (about 30 modules each), so the packages fetch those built-ins on first use instead, with
// process.getBuiltinModule: importing node:module for createRequire would load it and its source maps.
const LAZY_INTERNALS = /^NativeModule (crypto|vm|os|stream|module$|internal\/(crypto|streams|fs\/streams)\b)/

const packagesDir = fileURLToPath(new URL('../../../', import.meta.url))
const probe = fileURLToPath(new URL('./probe/register.mjs', import.meta.url))
const PACKAGES = ['orm', 'schema', 'dynamo-client'] as const
type PackageName = (typeof PACKAGES)[number]

interface LoadReport {
  /** Every file: URL the process loaded, with the size of its source. */
  files: { url: string; bytes: number }[]
  /** Node internal modules loaded during the script. */
  internals: string[]
}

/** Runs `script` in a fresh Node process with the load probe; `entry(name)` is the built package's URL. */
function loadReport(script: string): LoadReport {
  const run = spawnSync(process.execPath, ['--import', probe, '--input-type=module', '-e', script], {
    encoding: 'utf8',
  })
  expect(run.status, run.stderr).toBe(0)
  const files = run.stderr
    .split('\n')
    .filter((line) => line.startsWith('loaded file:'))
    .map((line) => {
      const [, url, bytes] = line.split(' ')
      return { url: url!, bytes: Number(bytes) }
    })
  return { files, internals: JSON.parse(run.stdout.trim().split('\n').at(-1)!) as string[] }
}

/** The script: import `specifiers` (built entries) and print the Node internals that were loaded for it. */
function importing(body: string): string {
  return `const before = new Set(process.moduleLoadList);${body};console.log(JSON.stringify(process.moduleLoadList.filter((m) => !before.has(m))))`
}

function entry(name: PackageName): string {
  return JSON.stringify(new URL(`${name}/dist/index.js`, `file://${packagesDir}`).href)
}

function bytesOf(report: LoadReport, name: PackageName): number {
  const prefix = new URL(`${name}/dist/`, `file://${packagesDir}`).href
  return report.files.filter((f) => f.url.startsWith(prefix)).reduce((sum, f) => sum + f.bytes, 0)
}

/** A build older than its sources would measure old code: say so instead of passing or failing on it. */
function newest(dir: string): number {
  let latest = 0
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name)
    latest = Math.max(latest, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs)
  }
  return latest
}

function expectFreshBuilds(): void {
  for (const name of PACKAGES) {
    const built = statSync(join(packagesDir, name, 'dist/index.js')).mtimeMs
    const stale = newest(join(packagesDir, name, 'src')) > built
    expect(stale, `packages/${name}/dist is older than its src: run pnpm build first`).toBe(false)
  }
}

describe('import cost of the built packages', () => {
  it('importing @dbtooling/orm compiles no more than the byte budget of orm, schema and client code', () => {
    expectFreshBuilds()
    const report = loadReport(importing(`await import(${entry('orm')})`))
    const sizes = Object.fromEntries(PACKAGES.map((name) => [name, bytesOf(report, name)]))
    for (const name of PACKAGES) {
      expect(sizes[name], `${name} eager bytes`).toBeGreaterThan(0)
      expect(sizes[name], `${name} eager bytes (files: ${JSON.stringify(report.files)})`).toBeLessThanOrEqual(
        BUDGET[name],
      )
    }
    // Only our three packages: a dependency loaded eagerly (aws4fetch, jiti, faker, lru-cache) is a regression.
    const others = report.files.filter(
      (f) => !PACKAGES.some((name) => f.url.includes(`/packages/${name}/dist/`)),
    )
    expect(others).toEqual([])
    expect(report.files.length, `files loaded: ${JSON.stringify(report.files)}`).toBeLessThanOrEqual(
      MAX_FILES,
    )
  })

  it('importing @dbtooling/orm loads neither node:crypto, node:vm, node:os, node:module nor the fs streams', () => {
    const report = loadReport(importing(`await import(${entry('orm')})`))
    expect(report.internals.filter((name) => LAZY_INTERNALS.test(name))).toEqual([])
  })

  it('the lazily loaded parts load on first use: model files (schema) and ids (node:crypto)', () => {
    const script = importing(`const schema = await import(${entry('schema')});
      const orm = await import(${entry('orm')});
      await schema.loadModels({ models: [{ name: 'User', attributes: {} }] });
      orm.generateId('uuid')`)
    const report = loadReport(script)
    expect(report.files.some((f) => /\/schema\/dist\/file-loaders-[\w-]+\.js$/.test(f.url))).toBe(true)
    expect(report.internals).toContain('NativeModule crypto')
  })

  it('importing @dbtooling/dynamo-client alone stays within its budget and loads no other package', () => {
    const report = loadReport(importing(`await import(${entry('dynamo-client')})`))
    expect(bytesOf(report, 'dynamo-client')).toBeLessThanOrEqual(BUDGET['dynamo-client'])
    expect(report.files.every((f) => f.url.includes('/packages/dynamo-client/dist/'))).toBe(true)
  })
})
