import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest'
import { loadConfig } from '../../src/config/index'
import { loadModels } from '../../src/loader/index'

const root = mkdtempSync(join(tmpdir(), 'dbtooling-module-cache-'))
const cacheDir = join(root, 'cache')
afterAll(() => rmSync(root, { recursive: true, force: true }))

let saved: string | undefined
beforeEach(() => {
  saved = process.env.DBTOOLING_CACHE_DIR
  process.env.DBTOOLING_CACHE_DIR = cacheDir
})
afterEach(() => {
  if (saved === undefined) delete process.env.DBTOOLING_CACHE_DIR
  else process.env.DBTOOLING_CACHE_DIR = saved
})

let counter = 0
function project(files: Record<string, string>): string {
  const dir = join(root, `p${counter++}`)
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true })
    writeFileSync(join(dir, name), content)
  }
  return dir
}

const entries = () => readdirSync(join(cacheDir, 'modules')).length
const titleOf = async (dir: string) => {
  const [model] = await loadModels({ modelsPath: join(dir, 'models') })
  return (model!.definition as { attributes: { title: { default: string } } }).attributes.title.default
}

const files = {
  'helpers/label.ts': "export const label = (text: string): string => '[' + text + ']'\n",
  'models/Note.ts': [
    "import type { Model } from '@stacksjs/types'",
    "import { label } from '../helpers/label'",
    "export default { name: 'Note', attributes: { title: { default: label('one') } } } satisfies Model",
    '',
  ].join('\n'),
}

describe('transpiled model and config files are cached between runs', () => {
  it('stores the model file and the local files it imports, and loads the same definition from them', async () => {
    const dir = project(files)
    const before = statSync(cacheDir, { throwIfNoEntry: false }) ? entries() : 0
    expect(await titleOf(dir)).toBe('[one]')
    expect(entries()).toBe(before + 2)
    expect(await titleOf(dir)).toBe('[one]')
    expect(entries()).toBe(before + 2)
  })

  it('picks up a changed model file, even one of the same size and mtime (content hash)', async () => {
    const dir = project(files)
    const model = join(dir, 'models/Note.ts')
    expect(await titleOf(dir)).toBe('[one]')
    const { mtime } = statSync(model)
    writeFileSync(model, files['models/Note.ts'].replace("label('one')", "label('two')"))
    utimesSync(model, mtime, mtime)
    expect(await titleOf(dir)).toBe('[two]')
  })

  it('picks up a changed helper the model imports', async () => {
    const dir = project(files)
    expect(await titleOf(dir)).toBe('[one]')
    writeFileSync(
      join(dir, 'helpers/label.ts'),
      "export const label = (text: string): string => '<' + text + '>'\n",
    )
    expect(await titleOf(dir)).toBe('<one>')
  })

  it('caches the config file too', async () => {
    const dir = project({ 'dbtooling.config.ts': "export default { tableName: 'cached-config' }\n" })
    expect((await loadConfig({ cwd: dir, env: {} })).tableName).toBe('cached-config')
    writeFileSync(join(dir, 'dbtooling.config.ts'), "export default { tableName: 'changed-config' }\n")
    expect((await loadConfig({ cwd: dir, env: {} })).tableName).toBe('changed-config')
  })

  it('writes nothing with DBTOOLING_CACHE=off', async () => {
    const dir = project(files)
    const before = entries()
    process.env.DBTOOLING_CACHE = 'off'
    try {
      expect(await titleOf(dir)).toBe('[one]')
    } finally {
      delete process.env.DBTOOLING_CACHE
    }
    expect(entries()).toBe(before)
  })
})

describe('a cached load does not load jiti', () => {
  const tsx = pathToFileURL(
    join(dirname(createRequire(import.meta.url).resolve('tsx/package.json')), 'dist/loader.mjs'),
  ).href
  const loader = pathToFileURL(fileURLToPath(new URL('../../src/loader/index.ts', import.meta.url))).href

  /** A fresh process loads the models and says whether jiti's code was required. */
  function freshLoad(dir: string): { title: string; jiti: boolean } {
    const script = [
      `const { loadModels } = await import(${JSON.stringify(loader)})`,
      `const [model] = await loadModels({ modelsPath: ${JSON.stringify(join(dir, 'models'))} })`,
      "const jiti = Object.keys((await import('node:module')).createRequire(import.meta.url).cache).some((k) => k.includes('jiti'))",
      'process.stdout.write(JSON.stringify({ title: model.definition.attributes.title.default, jiti }))',
    ].join('\n')
    const run = spawnSync(process.execPath, ['--import', tsx, '--input-type=module', '-e', script], {
      encoding: 'utf8',
      env: { ...process.env, DBTOOLING_CACHE_DIR: cacheDir },
    })
    expect(run.stderr).toBe('')
    return JSON.parse(run.stdout) as { title: string; jiti: boolean }
  }

  it('the first run transpiles through jiti, the next one runs the cached code; an edit goes through jiti again', () => {
    const dir = project(files)
    expect(freshLoad(dir)).toEqual({ title: '[one]', jiti: true })
    expect(freshLoad(dir)).toEqual({ title: '[one]', jiti: false })
    writeFileSync(join(dir, 'helpers/label.ts'), 'export const label = (text: string): string => text\n')
    expect(freshLoad(dir)).toEqual({ title: 'one', jiti: true })
    expect(freshLoad(dir)).toEqual({ title: 'one', jiti: false })
  }, 60_000)
})
