import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, describe, expect, it } from 'vitest'
import { builtFiles, runWithLoadLog } from '../../../../tests/load-log'

// The built package, as `import('@dbtooling/schema')` loads it: what is lazy depends on how the build splits
// it, so these tests run the dist files in fresh processes.
const packageDir = fileURLToPath(new URL('../..', import.meta.url))
const work = mkdtempSync(join(tmpdir(), 'dbtooling-schema-lazy-'))
afterAll(() => rmSync(work, { recursive: true, force: true }))

// A project whose config breaks a rule, and one model file.
const project = join(work, 'project')
mkdirSync(join(project, 'models'), { recursive: true })
writeFileSync(join(project, 'dbtooling.config.json'), JSON.stringify({ tableName: 'app', delimiter: '' }))
writeFileSync(join(project, 'models/Note.ts'), "export default { name: 'Note', attributes: { title: {} } }\n")

function builtEntry(): void {
  if (!existsSync(join(packageDir, 'dist/index.js'))) throw new Error('build the package first (pnpm build)')
}

/** Runs `script` (ESM) in a fresh node in the package folder; returns the built files it resolved and its output. */
function esmRun(name: string, script: string) {
  const run = runWithLoadLog({ packageDir, log: join(work, `${name}.txt`), script })
  expect(run.stderr).toBe('')
  // Every resolution is logged; the chunk resolving `./index.js` again gets the same module, hence the set.
  return { loaded: [...new Set(builtFiles(run.lines, 'schema'))], output: run.stdout.trim() }
}

/** Runs `script` (CommonJS) in a fresh node; returns the built files in the require cache and its output. */
function cjsRun(script: string) {
  builtEntry()
  const listing =
    "Object.keys(require.cache).filter((f) => f.includes('/packages/schema/dist/')).map((f) => f.slice(f.lastIndexOf('/') + 1))"
  const run = spawnSync(
    process.execPath,
    ['-e', `(async () => { ${script}; console.log(JSON.stringify(${listing})) })()`],
    { cwd: packageDir, encoding: 'utf8' },
  )
  expect(run.stderr).toBe('')
  const lines = run.stdout.trim().split('\n')
  return { loaded: JSON.parse(lines.at(-1)!) as string[], output: lines.slice(0, -1).join('\n') }
}

const lazyChunks = (files: string[]) => files.filter((file) => file.startsWith('file-loaders-'))

// The config's empty delimiter is refused with the entry's own ConfigError class; then a model file loads.
const useLoaders = [
  `const error = await schema.loadConfig({ cwd: ${JSON.stringify(project)}, env: false }).catch((e) => e)`,
  "console.log(error instanceof schema.ConfigError ? 'ConfigError ' + error.code : 'other ' + error)",
  `const models = await schema.loadModels({ modelsPath: ${JSON.stringify(join(project, 'models'))} })`,
  'console.log(models.map((model) => model.name).join(","))',
].join('\n')

describe('config and model file loading come from one lazy chunk that shares the entry', () => {
  it('importing the package loads its entry file and nothing else', () => {
    const { loaded } = esmRun('import', "await import('@dbtooling/schema')")
    expect(loaded).toEqual(['index.js'])
    // Only lazily loaded modules may import the entry-exports bridge: in the entry it would import itself.
    for (const entry of ['index.js', 'index.cjs']) {
      expect(readFileSync(join(packageDir, 'dist', entry), 'utf8')).not.toMatch(/['"]\.\/index\.c?js['"]/)
    }
  })

  it('loadConfig and loadModels load the chunk once; its errors are the classes the entry exports (ESM)', () => {
    const { loaded, output } = esmRun(
      'loaders',
      `const schema = await import('@dbtooling/schema')\n${useLoaders}`,
    )
    expect(output).toBe('ConfigError CONFIG_INVALID\nNote')
    expect(lazyChunks(loaded)).toHaveLength(1)
    expect(loaded.filter((file) => !file.startsWith('file-loaders-'))).toEqual(['index.js'])
  })

  it('the CommonJS build does the same', () => {
    const { loaded, output } = cjsRun(`const schema = require('@dbtooling/schema')\n${useLoaders}`)
    expect(output).toBe('ConfigError CONFIG_INVALID\nNote')
    expect(lazyChunks(loaded)).toHaveLength(1)
    expect(loaded).toContain('index.cjs')
  })
})
