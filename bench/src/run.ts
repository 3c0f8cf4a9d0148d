import { mkdirSync, writeFileSync } from 'node:fs'
import { arch, cpus, loadavg, release, totalmem, type } from 'node:os'
import { dirname, resolve } from 'node:path'
import type { Target } from './contestant'
import { CLIENT_TABLE } from './fixtures/users'
import { parseOptions } from './options'
import { pinMeasuredProcesses, pinProcess } from './pinning'
import type { BenchResults } from './report/bench-results'
import { writePerformancePage } from './report/performance-page'
import { renderReport } from './report/report-sections'
import { startCannedServer } from './server/start-canned-server'
import { measureBundleSizes } from './suites/bundle-size'
import { runCannedSuite } from './suites/canned'
import { runCliStartupSuite } from './suites/cli-startup'
import { measureColdImports } from './suites/cold-import'
import { runDeriveSuite } from './suites/derive'
import { runFanOutSuite } from './suites/fan-out'
import { runLocalSuite } from './suites/local'
import { runOrmSuite } from './suites/orm'
import { CLIENT_PACKAGES, ORM_PACKAGES, partitionAvailable } from './suites/packages'
import { runSeedSuite } from './suites/seed'
import { runTransferSuite } from './suites/transfer'
import { runUniqueLookupSuite } from './suites/unique-lookup'

const options = parseOptions(process.argv.slice(2))
const started = new Date()
const json: BenchResults = {
  date: started.toISOString(),
  node: process.version,
  cpu: `${cpus().length} × ${cpus()[0]?.model ?? 'unknown'}`,
  platform: `${type()} ${release()} ${arch()}`,
  memoryGiB: Math.round(totalmem() / 2 ** 30),
  loadAverageAtStart: loadavg(),
  loadAverageAtEnd: [],
  isolation: options.isolation,
  options,
}
const wants = (suite: (typeof options.suites)[number]) => options.suites.includes(suite)

if (wants('canned') || wants('orm')) {
  // The measured processes (this one and the contestant processes it forks, which inherit its CPUs) on
  // one side, the canned server on the other.
  const pinned = pinMeasuredProcesses(options.pin)
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
      json.canned = { ...canned.result, targets: canned.targets }
    }
    if (wants('orm')) {
      const orm = await runOrmSuite(target, options)
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
  json.local = { ...local.result, targets: local.targets }
}

if (wants('fanout')) {
  console.error('  fanout: whereIn and sharded reads against DynamoDB Local')
  const fanOut = await runFanOutSuite(options.quick)
  json.fanOut = fanOut.result
}

if (wants('planner')) {
  const planner = await runUniqueLookupSuite()
  json.uniqueLookup = planner.result
}

if (wants('derive')) {
  const derive = runDeriveSuite()
  json.derive = derive
}

if (wants('seed')) {
  const seed = await runSeedSuite(options.quick)
  json.seed = seed.result
}

if (wants('import') || wants('size')) {
  const { ready, skipped } = await partitionAvailable([...CLIENT_PACKAGES, ...ORM_PACKAGES])
  if (wants('import')) {
    console.error('  import: measuring cold imports')
    const times = await measureColdImports(ready)
    json.coldImport = times
  }
  if (wants('size')) {
    console.error('  size: bundling')
    const sizes = await measureBundleSizes(ready)
    json.bundleSize = sizes
  }
  json.footprintSkipped = skipped
}

if (wants('cli')) {
  console.error('  cli: timing dbtooling --help and get against bare node')
  const cli = await runCliStartupSuite()
  json.cli = cli
}

if (wants('transfer')) {
  console.error('  transfer: import throughput vs the AWS SDK, export + re-import RSS')
  const transfer = await runTransferSuite(options.quick ? 2_000 : 20_000, options.quick ? 10_000 : 200_000)
  json.transfer = transfer
}

// Other processes on the machine skew CPU figures (caches, frequency); the load average tells the reader.
json.loadAverageAtEnd = loadavg()
const report = renderReport(json)
console.log(`\n${report}`)
const out = resolve(options.json)
mkdirSync(dirname(out), { recursive: true })
writeFileSync(out, `${JSON.stringify(json, null, 2)}\n`)
writeFileSync(`${out.replace(/\.json$/, '')}.md`, report)
if (options.snapshot) console.error(writePerformancePage(json, { snapshot: true }))
console.error(`results written to ${out} (${((Date.now() - started.getTime()) / 1000).toFixed(0)} s)`)
// Keep-alive sockets and child processes must not keep the process alive after the report.
process.exit(0)
