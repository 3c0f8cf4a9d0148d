import { mkdirSync, writeFileSync } from 'node:fs'
import { cpus } from 'node:os'
import { dirname, resolve } from 'node:path'
import { parseOptions } from './options'
import { runCannedSuite } from './suites/canned'
import { runLocalSuite } from './suites/local'

const options = parseOptions(process.argv.slice(2))
const started = new Date()
const sections: string[] = []
const json: Record<string, unknown> = {
  date: started.toISOString(),
  node: process.version,
  cpu: `${cpus().length} × ${cpus()[0]?.model ?? 'unknown'}`,
  options,
}

if (options.suites.includes('canned')) {
  const canned = await runCannedSuite(options)
  sections.push(canned.text)
  json.canned = { ...canned.result, targets: canned.targets }
}

if (options.suites.includes('local')) {
  const local = await runLocalSuite(options)
  sections.push(local.text)
  json.local = { ...local.result, targets: local.targets }
}

const header = `dbtooling benchmarks, ${started.toISOString()} (Node ${process.version}, ${json.cpu})`
console.log(`\n${header}\n\n${sections.join('\n\n')}\n`)
const out = resolve(options.json)
mkdirSync(dirname(out), { recursive: true })
writeFileSync(out, `${JSON.stringify(json, null, 2)}\n`)
console.error(`results written to ${out} (${((Date.now() - started.getTime()) / 1000).toFixed(0)} s)`)
// Keep-alive sockets and child processes must not keep the process alive after the report.
process.exit(0)
