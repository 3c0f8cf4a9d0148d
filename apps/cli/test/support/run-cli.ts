import { spawn } from 'node:child_process'
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

export const cliEntry = fileURLToPath(new URL('../../src/cli.ts', import.meta.url))
/** tsx's loader by absolute URL: project folders live in the temp dir, where `--import tsx` would not resolve. */
export const tsxLoader = pathToFileURL(
  join(dirname(createRequire(import.meta.url).resolve('tsx/package.json')), 'dist/loader.mjs'),
).href
const blogModels = fileURLToPath(new URL('../../../../examples/blog/models', import.meta.url))

export interface CliRun {
  readonly code: number | null
  readonly stdout: string
  readonly stderr: string
}

/** Runs the CLI as a user would, in a child process (through tsx, from source). */
export function runCli(
  args: readonly string[],
  options: { cwd: string; env?: Record<string, string>; input?: string },
): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    // The project's own .env decides the endpoint, not the test runner's environment.
    const { DBTOOLING_ENDPOINT: _ignored, ...base } = process.env
    const child = spawn(process.execPath, ['--import', tsxLoader, cliEntry, ...args], {
      cwd: options.cwd,
      env: { ...base, ...options.env },
      stdio: ['pipe', 'pipe', 'pipe'],
    })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString()
    })
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString()
    })
    child.once('error', reject)
    child.once('close', (code) => resolve({ code, stdout, stderr }))
    child.stdin.end(options.input ?? '')
  })
}

/** A fresh project folder: the blog example's Stacks models, a config naming the table, a .env with the endpoint. */
export function makeProject(tableName: string, endpoint: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'dbtooling-cli-'))
  cpSync(blogModels, join(dir, 'models'), { recursive: true })
  writeFileSync(
    join(dir, 'dbtooling.config.ts'),
    `export default { tableName: '${tableName}', queryBuilder: { modelsPath: './models' } }\n`,
  )
  writeFileSync(join(dir, '.env'), `DBTOOLING_ENDPOINT=${endpoint}\n`)
  return dir
}

export function parseJson<T = Record<string, unknown>>(run: CliRun): T {
  try {
    return JSON.parse(run.stdout) as T
  } catch {
    throw new Error(`stdout is not JSON (exit ${run.code}):\n${run.stdout}\nstderr:\n${run.stderr}`)
  }
}
