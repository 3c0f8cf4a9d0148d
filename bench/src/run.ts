import { mkdirSync, writeFileSync } from 'node:fs'
import { cpus, loadavg } from 'node:os'
import { dirname, resolve } from 'node:path'
import type { Target } from './contestant'
import { CLIENT_TABLE } from './fixtures/users'
import { parseOptions } from './options'
import { type CorePlan, describePlan, pinMeasuredProcesses, pinProcess } from './pinning'
import { renderBundleSizes, renderImportTimes, renderSkipped } from './report/footprint'
import { startCannedServer } from './server/start-canned-server'
import { measureBundleSizes } from './suites/bundle-size'
import { runCannedSuite } from './suites/canned'
import { renderCliStartup, runCliStartupSuite } from './suites/cli-startup'
import { measureColdImports } from './suites/cold-import'
import { renderDerive, runDeriveSuite } from './suites/derive'
import { runFanOutSuite } from './suites/fan-out'
import { runLocalSuite } from './suites/local'
import { runOrmSuite } from './suites/orm'
import { CLIENT_PACKAGES, ORM_PACKAGES, partitionAvailable } from './suites/packages'
import { runSeedSuite } from './suites/seed'
import { renderTransfer, runTransferSuite } from './suites/transfer'
import { runUniqueLookupSuite } from './suites/unique-lookup'

const options = parseOptions(process.argv.slice(2))
const ISOLATION_HEADER = {
  process: 'process (each contestant runs in a child process of its own; rounds interleave across them)',
  shared: 'shared (every contestant runs in this one process)',
} as const
const started = new Date()
const loadAtStart = loadavg()
const sections: string[] = []
const json: Record<string, unknown> = {
  date: started.toISOString(),
  node: process.version,
  cpu: `${cpus().length} × ${cpus()[0]?.model ?? 'unknown'}`,
  loadAverageAtStart: loadAtStart,
  isolation: options.isolation,
  options,
}
const wants = (suite: (typeof options.suites)[number]) => options.suites.includes(suite)
let pinned: CorePlan | null = null

if (wants('canned') || wants('orm')) {
  // The measured processes (this one and the contestant processes it forks, which inherit its CPUs) on
  // one side, the canned server on the other.
  pinned = pinMeasuredProcesses(options.pin)
  json.pinning = pinned
  // One canned server (its own process) serves both the client and the ORM tables.
  const server = await startCannedServer(pinned?.server)
  const target: Target = {
    endpoint: server.endpoint,
    region: 'us-east-1',
    credentials: { accessKeyId: 'AKIDBENCHMARK000000', secretAccessKey: 'bench-secret-key' },
    table: CLIENT_TABLE,
  }
  try {
    if (wants('canned')) {
      const canned = await runCannedSuite(target, options)
      sections.push(canned.text)
      json.canned = { ...canned.result, targets: canned.targets }
    }
    if (wants('orm')) {
      const orm = await runOrmSuite(target, options)
      sections.push(orm.text)
      json.orm = { ...orm.result, targets: orm.targets, parity: orm.parity }
    }
  } finally {
    await server.stop()
    // DynamoDB Local (a multi-threaded Java process) and the footprint suites get every CPU again.
    if (pinned) pinProcess(process.pid, pinned.all)
  }
}

if (wants('local')) {
  const local = await runLocalSuite(options)
  sections.push(local.text)
  json.local = { ...local.result, targets: local.targets }
}

if (wants('fanout')) {
  console.error('  fanout: whereIn and sharded reads against DynamoDB Local')
  const fanOut = await runFanOutSuite(options.quick)
  sections.push(fanOut.text)
  json.fanOut = fanOut.result
}

if (wants('planner')) {
  const planner = await runUniqueLookupSuite()
  sections.push(planner.text)
  json.uniqueLookup = planner.result
}

if (wants('derive')) {
  const derive = runDeriveSuite()
  sections.push(renderDerive(derive))
  json.derive = derive
}

if (wants('seed')) {
  const seed = await runSeedSuite(options.quick)
  sections.push(seed.text)
  json.seed = seed.result
}

if (wants('import') || wants('size')) {
  const { ready, skipped } = await partitionAvailable([...CLIENT_PACKAGES, ...ORM_PACKAGES])
  if (wants('import')) {
    console.error('  import: measuring cold imports')
    const times = await measureColdImports(ready)
    sections.push(renderImportTimes(times))
    json.coldImport = times
  }
  if (wants('size')) {
    console.error('  size: bundling')
    const sizes = await measureBundleSizes(ready)
    sections.push(renderBundleSizes(sizes))
    json.bundleSize = sizes
  }
  if (skipped.length > 0) sections.push(renderSkipped(skipped))
  json.footprintSkipped = skipped
}

if (wants('cli')) {
  console.error('  cli: timing dbtooling --help and get against bare node')
  const cli = await runCliStartupSuite()
  sections.push(renderCliStartup(cli))
  json.cli = cli
}

if (wants('transfer')) {
  console.error('  transfer: import throughput vs the AWS SDK, export + re-import RSS')
  const transfer = await runTransferSuite(options.quick ? 2_000 : 20_000, options.quick ? 10_000 : 200_000)
  sections.push(renderTransfer(transfer))
  json.transfer = transfer
}

// Other processes on the machine skew CPU figures (caches, frequency); the load average tells the reader.
json.loadAverageAtEnd = loadavg()
const load = (values: number[]) => values.map((v) => v.toFixed(1)).join('/')
const header = [
  `dbtooling benchmarks, ${started.toISOString()}`,
  `Node ${process.version}, ${json.cpu}, load average ${load(loadAtStart)} at start, ${load(loadavg())} at end`,
  `Isolation: ${ISOLATION_HEADER[options.isolation]}`,
  `CPUs (canned and ORM suites): ${describePlan(pinned)}`,
].join('\n')
const report = `${header}\n\n${sections.join('\n\n')}\n`
console.log(`\n${report}`)
const out = resolve(options.json)
mkdirSync(dirname(out), { recursive: true })
writeFileSync(out, `${JSON.stringify(json, null, 2)}\n`)
writeFileSync(`${out.replace(/\.json$/, '')}.md`, report)
console.error(`results written to ${out} (${((Date.now() - started.getTime()) / 1000).toFixed(0)} s)`)
// Keep-alive sockets and child processes must not keep the process alive after the report.
process.exit(0)
