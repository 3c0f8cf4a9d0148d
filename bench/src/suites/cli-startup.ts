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

interface Command {
  readonly name: string
  readonly args: readonly string[]
  readonly cwd: string
}

/**
 * Median wall time of each command over `runs` rounds; each round runs every command once, so a change of
 * load, or of DynamoDB Local's state, hits every command alike (the first request on a new connection to the
 * emulator varies by tens of milliseconds).
 */
function timedRounds(commands: readonly Command[], runs: number): CliTiming[] {
  for (const command of commands) wallMs(command.args, command.cwd) // warm the file cache
  const runsMs = commands.map(() => [] as number[])
  for (let round = 0; round < runs; round++) {
    commands.forEach((command, i) => {
      runsMs[i]!.push(wallMs(command.args, command.cwd))
    })
  }
  return commands.map((command, i) => ({
    name: command.name,
    medianMs: median(runsMs[i]!),
    runsMs: runsMs[i]!,
  }))
}

/**
 * The same GetItem as `dbtooling get`, from a node process with only the client loaded: over the default
 * transport (undici, loaded by the first send) or the platform fetch (what a short-lived process may prefer).
 */
function bareGetScript(endpoint: string, table: string, id: string, transport: 'undici' | 'fetch'): string {
  const fetchTransport =
    transport === 'fetch' ? ', transport: new m.FetchTransport(m.DEFAULT_HTTP_OPTIONS)' : ''
  return [
    "const m = await import('@dbtooling/dynamo-client')",
    `const c = new m.DynamoClient({ endpoint: '${endpoint}', region: 'us-east-1', credentials: { accessKeyId: 'local', secretAccessKey: 'local' }${fetchTransport} })`,
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
    const bareGet = (transport: 'undici' | 'fetch') => [
      '--input-type=module',
      '-e',
      bareGetScript(local.endpoint, 'bench-cli', 'n1', transport),
    ]
    const timings = timedRounds(
      [
        { name: 'node -e 0', args: ['-e', '0'], cwd: project },
        { name: 'dbtooling --help', args: [cliEntry, '--help'], cwd: project },
        { name: 'node + client GetItem', args: bareGet('undici'), cwd: benchDir() },
        { name: 'node + client GetItem, fetch transport', args: bareGet('fetch'), cwd: benchDir() },
        { name: 'dbtooling get Note n1', args: [cliEntry, 'get', 'Note', 'n1', '--json'], cwd: project },
      ],
      runs,
    )
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
    '### CLI start-up (fresh process each run, rounds interleaved, wall time, median)',
    '',
    '| Command | median ms | runs ms |',
    '|---|--:|--|',
    ...rows,
    '',
    `\`dbtooling --help\` over \`node -e 0\`: ${result.helpOverNodeMs.toFixed(0)} ms (target: --help under 150 ms).`,
    `\`dbtooling get\` over the same GetItem from a bare client process: ${result.getOverRequestMs.toFixed(0)} ms (target < 100 ms).`,
    ...firstRequestLine(result.timings),
  ].join('\n')
}

/** The bare GetItem over both transports: what loading undici adds to the first request of a process. */
function firstRequestLine(timings: readonly CliTiming[]): string[] {
  const undici = timings.find((t) => t.name === 'node + client GetItem')
  const fetch = timings.find((t) => t.name === 'node + client GetItem, fetch transport')
  if (!undici || !fetch) return []
  return [
    `A fresh process's first GetItem: ${undici.medianMs.toFixed(0)} ms over undici (the default transport), ${fetch.medianMs.toFixed(0)} ms over the platform fetch.`,
  ]
}
