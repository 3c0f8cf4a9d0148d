import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, describe, expect, it } from 'vitest'

// The built package, as `import('@dbtooling/orm')` loads it: what is lazy depends on how the build splits it.
const packageDir = fileURLToPath(new URL('../..', import.meta.url))
const work = mkdtempSync(join(tmpdir(), 'dbtooling-orm-lazy-'))
afterAll(() => rmSync(work, { recursive: true, force: true }))

const hooks = [
  "import { appendFileSync } from 'node:fs'",
  'export async function resolve(specifier, context, next) {',
  '  const resolved = await next(specifier, context)',
  '  appendFileSync(process.env.LOAD_LOG, resolved.url + "\\n")',
  '  return resolved',
  '}',
].join('\n')
const register = `import { register } from 'node:module'; register(${JSON.stringify(`data:text/javascript,${encodeURIComponent(hooks)}`)})`

/** Runs `script` (ESM) in a fresh node in the package folder; returns the built files it loaded. */
function filesLoaded(name: string, script: string): string[] {
  if (!existsSync(join(packageDir, 'dist/index.js'))) throw new Error('build the package first (pnpm build)')
  const log = join(work, `${name}.txt`)
  const run = spawnSync(
    process.execPath,
    ['--import', `data:text/javascript,${encodeURIComponent(register)}`, '--input-type=module', '-e', script],
    { cwd: packageDir, encoding: 'utf8', env: { ...process.env, LOAD_LOG: log } },
  )
  expect(run.stderr).toBe('')
  return readFileSync(log, 'utf8')
    .split('\n')
    .filter((url) => url.includes('/packages/orm/dist/'))
    .map((url) => url.slice(url.lastIndexOf('/') + 1))
}

describe('migrations, export/import and seeding load on first use', () => {
  it('importing the package does not load their chunk', () => {
    const loaded = filesLoaded('import', "await import('@dbtooling/orm')")
    expect(loaded).toContain('index.js')
    expect(loaded.filter((file) => file.startsWith('lazy-subsystems'))).toEqual([])
  })

  it('the first call of one of them loads it, and the call runs', () => {
    const script = [
      "const { exportTable } = await import('@dbtooling/orm')",
      "const error = await exportTable({ table: 'x' }, { file: 'out.unknown-format' }).catch((e) => e)",
      "if (!(error instanceof Error)) throw new Error('exportTable resolved')",
    ].join('\n')
    const loaded = filesLoaded('call', script)
    expect(loaded.filter((file) => file.startsWith('lazy-subsystems'))).toHaveLength(1)
  })
})
