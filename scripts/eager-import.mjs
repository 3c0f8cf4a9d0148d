// Which built files `import()` of a package entry loads, with their bytes: what V8 compiles on a cold start.
// Usage, after `pnpm build`: node scripts/eager-import.mjs [orm|schema|dynamo-client]   (default: orm)
// The same load hook backs packages/orm/test/startup/eager-graph.test.ts, which holds these bytes to budgets.
import { spawnSync } from 'node:child_process'
import { fileURLToPath, pathToFileURL } from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))
const pkg = process.argv[2] ?? 'orm'
const probe = new URL('../packages/orm/test/startup/probe/register.mjs', import.meta.url)
const entry = pathToFileURL(`${root}packages/${pkg}/dist/index.js`).href
const run = spawnSync(
  process.execPath,
  ['--import', probe.href, '--input-type=module', '-e', `await import(${JSON.stringify(entry)})`],
  { encoding: 'utf8' },
)
if (run.status !== 0) {
  process.stderr.write(run.stderr)
  process.exit(1)
}
const files = run.stderr
  .split('\n')
  .filter((line) => line.startsWith('loaded file:'))
  .map((line) => line.split(' '))
  .map(([, url, bytes]) => ({ path: fileURLToPath(url).slice(root.length), bytes: Number(bytes) }))
const byPackage = new Map()
for (const file of files) {
  const name = file.path.split('/dist/')[0]
  byPackage.set(name, (byPackage.get(name) ?? 0) + file.bytes)
  console.log(String(file.bytes).padStart(9), file.path)
}
console.log('---')
for (const [name, bytes] of byPackage) console.log(String(bytes).padStart(9), name)
const total = files.reduce((sum, file) => sum + file.bytes, 0)
console.log(String(total).padStart(9), `in ${files.length} files`)
