import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

// A resolve hook that appends every module URL Node resolves to the file named by LOAD_LOG: which files of a
// built package a process loads is what the lazy-loading tests assert (what is lazy depends on the build).
const hooks = [
  "import { appendFileSync } from 'node:fs'",
  'export async function resolve(specifier, context, next) {',
  '  const resolved = await next(specifier, context)',
  '  appendFileSync(process.env.LOAD_LOG, resolved.url + "\\n")',
  '  return resolved',
  '}',
].join('\n')
const register = `import { register } from 'node:module'; register(${JSON.stringify(`data:text/javascript,${encodeURIComponent(hooks)}`)})`

/** A line a script can append to the log (`appendFileSync(process.env.LOAD_LOG, LOAD_MARK + '\n')`). */
export const LOAD_MARK = 'MARK'

export interface LoggedRun {
  /** Every URL resolved, in order, with `LOAD_MARK` lines where the script wrote them. */
  readonly lines: string[]
  readonly stdout: string
  readonly stderr: string
}

export interface LoggedRunOptions {
  /** The package folder (it must be built): the script runs there, so bare imports resolve its dist. */
  readonly packageDir: string
  /** Where the log goes (a fresh file per run). */
  readonly log: string
  /** ESM source, run with `--input-type=module -e`. */
  readonly script: string
  /** The child's whole environment (default: this process's); LOAD_LOG is added. */
  readonly env?: NodeJS.ProcessEnv
}

/** Runs an ES module script in a fresh node with the load log on. */
export function runWithLoadLog(options: LoggedRunOptions): LoggedRun {
  if (!existsSync(join(options.packageDir, 'dist/index.js')))
    throw new Error(`build ${options.packageDir} first (pnpm build)`)
  const run = spawnSync(
    process.execPath,
    [
      '--import',
      `data:text/javascript,${encodeURIComponent(register)}`,
      '--input-type=module',
      '-e',
      options.script,
    ],
    {
      cwd: options.packageDir,
      encoding: 'utf8',
      env: { ...(options.env ?? process.env), LOAD_LOG: options.log },
    },
  )
  return { lines: readFileSync(options.log, 'utf8').split('\n'), stdout: run.stdout, stderr: run.stderr }
}

/** The file names, in order, of the package's `dist` among logged lines (`name` as in packages/<name>). */
export function builtFiles(lines: readonly string[], name: string): string[] {
  return lines
    .filter((url) => url.includes(`/packages/${name}/dist/`))
    .map((url) => url.slice(url.lastIndexOf('/') + 1))
}
