import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { startDynamoDBLocal } from '@dbtooling/local'
import { median } from '../measure'

export interface CliTiming {
  readonly name: string
  readonly medianMs: number
  readonly runsMs: number[]
}

export interface CliStartupResult {
  readonly timings: CliTiming[]
  /** `dbtooling --help` over bare `node -e 0`. */
  readonly helpOverNodeMs: number
  /** `dbtooling get Note <id>` over a node process sending the same GetItem with the client alone. */
  readonly getOverRequestMs: number
}

const cliEntry = join(
  dirname(createRequire(import.meta.url).resolve('dbtooling/package.json')),
  'dist/cli.js',
)

/** Wall time of one whole process, from spawn to exit. */
function wallMs(args: readonly string[], cwd: string): number {
  const start = performance.now()
  const run = spawnSync(process.execPath, args, {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  })
  const ms = performance.now() - start
  if (run.status !== 0) throw new Error(`${args.join(' ')} failed (${run.status}): ${run.stderr}`)
  return ms
}

function timed(name: string, runs: number, args: readonly string[], cwd: string): CliTiming {
  wallMs(args, cwd) // warm the file cache
  const runsMs = Array.from({ length: runs }, () => wallMs(args, cwd))
  return { name, medianMs: median(runsMs), runsMs }
}

/** The same GetItem as `dbtooling get`, from a node process with only the client loaded. */
function bareGetScript(endpoint: string, table: string, id: string): string {
  return [
    "const { DynamoClient } = await import('@dbtooling/dynamo-client')",
    `const c = new DynamoClient({ endpoint: '${endpoint}', region: 'us-east-1', credentials: { accessKeyId: 'local', secretAccessKey: 'local' } })`,
    `const out = await c.getItem({ TableName: '${table}', Key: { pk: { S: 'NOTE#${id}' }, sk: { S: 'NOTE#${id}' } } })`,
    "if (!out.Item) throw new Error('no item')",
  ].join(';')
}

/**
 * How much the CLI adds: `--help` against `node -e 0`, and `get` against a process that only sends the
 * request. Each is a fresh process, as a user's shell starts it (median of `runs`).
 */
export async function runCliStartupSuite(runs = 9): Promise<CliStartupResult> {
  const local = await startDynamoDBLocal({ inMemory: true })
  const project = mkdtempSync(join(tmpdir(), 'dbtooling-bench-cli-'))
  try {
    mkdirSync(join(project, 'models'))
    writeFileSync(
      join(project, 'models', 'Note.ts'),
      "export default { name: 'Note', primaryKey: 'id', attributes: { title: { type: 'string', fillable: true } } }\n",
    )
    writeFileSync(
      join(project, 'dbtooling.config.ts'),
      `export default { tableName: 'bench-cli', endpoint: '${local.endpoint}', queryBuilder: { modelsPath: './models' } }\n`,
    )
    wallMs([cliEntry, 'table:create'], project)
    wallMs([cliEntry, 'put', 'Note', '{"id":"n1","title":"hello"}'], project)
    const timings = [
      timed('node -e 0', runs, ['-e', '0'], project),
      timed('dbtooling --help', runs, [cliEntry, '--help'], project),
      timed(
        'node + client GetItem',
        runs,
        ['--input-type=module', '-e', bareGetScript(local.endpoint, 'bench-cli', 'n1')],
        benchDir(),
      ),
      timed('dbtooling get Note n1', runs, [cliEntry, 'get', 'Note', 'n1', '--json'], project),
    ]
    const ms = (name: string) => timings.find((t) => t.name === name)?.medianMs ?? Number.NaN
    return {
      timings,
      helpOverNodeMs: ms('dbtooling --help') - ms('node -e 0'),
      getOverRequestMs: ms('dbtooling get Note n1') - ms('node + client GetItem'),
    }
  } finally {
    await local.stop()
    rmSync(project, { recursive: true, force: true })
  }
}

function benchDir(): string {
  return dirname(createRequire(import.meta.url).resolve('../../package.json'))
}

export function renderCliStartup(result: CliStartupResult): string {
  const rows = result.timings.map(
    (t) => `| ${t.name} | ${t.medianMs.toFixed(0)} | ${t.runsMs.map((ms) => ms.toFixed(0)).join(', ')} |`,
  )
  return [
    '### CLI start-up (fresh process each run, wall time, median)',
    '',
    '| Command | median ms | runs ms |',
    '|---|--:|--|',
    ...rows,
    '',
    `\`dbtooling --help\` over \`node -e 0\`: ${result.helpOverNodeMs.toFixed(0)} ms (target: --help under 150 ms).`,
    `\`dbtooling get\` over the same GetItem from a bare client process: ${result.getOverRequestMs.toFixed(0)} ms (target < 100 ms).`,
  ].join('\n')
}
