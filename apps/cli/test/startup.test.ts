import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { afterAll, describe, expect, it } from 'vitest'

// The built CLI (what `npx dbtooling` runs): start-up depends on how the build splits it.
const builtCli = fileURLToPath(new URL('../dist/cli.js', import.meta.url))
const hooks = pathToFileURL(fileURLToPath(new URL('./support/record-loads.mjs', import.meta.url))).href
const work = mkdtempSync(join(tmpdir(), 'dbtooling-cli-startup-'))
afterAll(() => rmSync(work, { recursive: true, force: true }))
let runs = 0

/** Runs the built CLI and returns the modules it resolved (ESM and builtins). */
function modulesLoadedBy(args: readonly string[]): { code: number | null; stdout: string; loaded: string[] } {
  if (!existsSync(builtCli)) throw new Error(`${builtCli} is missing: build the CLI first (pnpm build)`)
  const log = join(work, `loads-${runs++}.txt`)
  writeFileSync(log, '')
  const register = `import { register } from 'node:module'; register(${JSON.stringify(hooks)})`
  const run = spawnSync(
    process.execPath,
    ['--import', `data:text/javascript,${encodeURIComponent(register)}`, builtCli, ...args],
    { cwd: work, encoding: 'utf8', env: { ...process.env, DBTOOLING_LOAD_LOG: log } },
  )
  return {
    code: run.status,
    stdout: run.stdout,
    loaded: readFileSync(log, 'utf8').split('\n').filter(Boolean),
  }
}

describe('dbtooling --help loads the command tree only', () => {
  it('prints every command without loading a command module, the ORM, the schema loader, jiti or node:repl', () => {
    const { code, stdout, loaded } = modulesLoadedBy(['--help'])
    expect(code).toBe(0)
    expect(stdout).toContain('table:create')
    expect(stdout).toContain('migrate:worker')
    const heavy = loaded.filter((url) =>
      /@dbtooling\/|\/packages\/(orm|schema|dynamo-client|local)\/|jiti|commander\/|node:repl|node:child_process/.test(
        url,
      ),
    )
    expect(heavy).toEqual([])
    const commandChunks = loaded.filter((url) =>
      /\/(items|migrate|seed|data|console|query|scan)-[A-Z0-9]+\.js$/.test(url),
    )
    expect(commandChunks).toEqual([])
  })

  it('loads the module of a command when that command runs', () => {
    const { code, loaded } = modulesLoadedBy(['table:list', '--endpoint', 'http://127.0.0.1:9'])
    expect(code).not.toBe(0)
    expect(loaded.some((url) => /\/table-[A-Z0-9]+\.js$/.test(url))).toBe(true)
  })
})
