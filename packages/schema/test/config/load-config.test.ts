import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { delimiter, join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { CONFIG_FILE_NAMES, ConfigError, findConfigFile, loadConfig } from '../../src/config/index'
import { designOptionsFromConfig } from '../../src/index'

const root = mkdtempSync(join(tmpdir(), 'dbtooling-config-'))
afterAll(() => rmSync(root, { recursive: true, force: true }))

let counter = 0
function project(files: Record<string, string>): string {
  const dir = join(root, `p${counter++}`)
  mkdirSync(dir, { recursive: true })
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content)
  return dir
}

async function loadError(options: Parameters<typeof loadConfig>[0]): Promise<ConfigError> {
  const error = await loadConfig(options).then(
    () => null,
    (e: unknown) => e,
  )
  expect(error).toBeInstanceOf(ConfigError)
  return error as ConfigError
}

describe('loadConfig file formats', () => {
  it('loads a TypeScript config importing defineConfig (stand-in when the package is not installed)', async () => {
    const cwd = project({
      'dbtooling.config.ts': [
        "import { defineConfig } from '@dbtooling/schema'",
        "const table: string = 'blog'",
        'export default defineConfig({ tableName: table, singleTableDesign: { gsiCount: 3 }, queryBuilder: { modelsPath: "./models" } })',
      ].join('\n'),
    })
    const config = await loadConfig({ cwd, env: false })
    expect(config.tableName).toBe('blog')
    expect(config.singleTableDesign.gsiCount).toBe(3)
    expect(config.queryBuilder.modelsPath).toBe(join(cwd, 'models'))
  })

  it('resolves a list of model folders against the config file, and reads a PATH-style env list', async () => {
    const cwd = project({
      'dbtooling.config.json': JSON.stringify({
        queryBuilder: { modelsPath: ['./app/Models', '../framework/models'], strict: true },
      }),
    })
    const config = await loadConfig({ cwd, env: false })
    expect(config.queryBuilder.modelsPath).toEqual([
      join(cwd, 'app/Models'),
      join(cwd, '../framework/models'),
    ])
    expect(designOptionsFromConfig(config).strict).toBe(true)
    const fromEnv = await loadConfig({ cwd, env: { DBTOOLING_MODELS_PATH: `a${delimiter}b` } })
    expect(fromEnv.queryBuilder.modelsPath).toEqual([join(cwd, 'a'), join(cwd, 'b')])
    const empty = await loadError({
      cwd: project({ 'dbtooling.config.json': '{"queryBuilder":{"modelsPath":[]}}' }),
      env: false,
    })
    expect(empty.code).toBe('CONFIG_INVALID')
  })

  it('loads .mjs, .cjs, .js and .json configs', async () => {
    const cases: Array<[string, string]> = [
      ['dbtooling.config.mjs', "export default { tableName: 'mjs-table' }"],
      ['dbtooling.config.cjs', "module.exports = { tableName: 'cjs-table' }"],
      ['dbtooling.config.js', "export default { tableName: 'js-table' }"],
      ['dbtooling.config.json', '{ "$schema": "./dbtooling.schema.json", "tableName": "json-table" }'],
      ['dynamodb.config.ts', "export default { tableName: 'dynamodb-table' }"],
    ]
    for (const [file, source] of cases) {
      const config = await loadConfig({ cwd: project({ [file]: source }), env: false })
      expect(config.tableName).toBe(
        file.replace(/^(\w+)\.config\.(\w+)$/, (_, base, ext) =>
          base === 'dynamodb' ? 'dynamodb-table' : `${ext}-table`,
        ),
      )
    }
  })

  it('calls a function export (sync or async)', async () => {
    const cwd = project({ 'dbtooling.config.ts': "export default async () => ({ tableName: 'from-fn' })" })
    expect((await loadConfig({ cwd, env: false })).tableName).toBe('from-fn')
  })

  it('prefers dbtooling.config.ts over other names, and an explicit file over the search', async () => {
    const cwd = project({
      'dbtooling.config.ts': "export default { tableName: 'ts-first' }",
      'dbtooling.config.json': '{ "tableName": "json-second" }',
      'custom.config.mjs': "export default { tableName: 'explicit' }",
    })
    expect(findConfigFile(cwd)).toBe(join(cwd, 'dbtooling.config.ts'))
    expect((await loadConfig({ cwd, env: false })).tableName).toBe('ts-first')
    expect((await loadConfig({ cwd, file: 'custom.config.mjs', env: false })).tableName).toBe('explicit')
    expect(CONFIG_FILE_NAMES[0]).toBe('dbtooling.config.ts')
  })

  it('uses defaults when no file exists, with modelsPath resolved against cwd', async () => {
    const cwd = project({})
    const config = await loadConfig({ cwd, env: false })
    expect(config.tableName).toBe('dbtooling')
    expect(config.queryBuilder.modelsPath).toBe(join(cwd, 'app/Models'))
  })

  it('env overrides beat the file', async () => {
    const cwd = project({ 'dbtooling.config.json': '{ "tableName": "file" }' })
    expect((await loadConfig({ cwd, env: { DBTOOLING_TABLE_NAME: 'env' } })).tableName).toBe('env')
  })
})

describe('loadConfig errors name the file', () => {
  it('missing explicit file', async () => {
    const cwd = project({})
    const error = await loadError({ cwd, file: 'nope.config.ts', env: false })
    expect(error.code).toBe('CONFIG_NOT_FOUND')
    expect(error.file).toBe(join(cwd, 'nope.config.ts'))
  })

  it('TypeScript syntax error', async () => {
    const cwd = project({ 'dbtooling.config.ts': 'export default { tableName: "x", ' })
    const error = await loadError({ cwd, env: false })
    expect(error.code).toBe('CONFIG_SYNTAX_ERROR')
    expect(error.message).toContain(join(cwd, 'dbtooling.config.ts'))
  })

  it('JSON syntax error', async () => {
    const cwd = project({ 'dbtooling.config.json': '{ "tableName": "x", }' })
    const error = await loadError({ cwd, env: false })
    expect(error.code).toBe('CONFIG_SYNTAX_ERROR')
    expect(error.file).toBe(join(cwd, 'dbtooling.config.json'))
  })

  it('throws while importing', async () => {
    const cwd = project({ 'dbtooling.config.ts': "throw new Error('boom at import')\nexport default {}" })
    const error = await loadError({ cwd, env: false })
    expect(error.code).toBe('CONFIG_IMPORT_FAILED')
    expect(error.message).toContain('boom at import')
    expect(error.message).toContain('dbtooling.config.ts')
  })

  it('imports a package that is not installed', async () => {
    const cwd = project({
      'dbtooling.config.ts': "import x from 'not-installed-pkg-xyz'\nexport default { tableName: x }",
    })
    const error = await loadError({ cwd, env: false })
    expect(error.code).toBe('CONFIG_IMPORT_FAILED')
    expect(error.hint).toContain('not-installed-pkg-xyz')
  })

  it('has no default export', async () => {
    const cwd = project({ 'dbtooling.config.ts': "export const config = { tableName: 'x' }" })
    const error = await loadError({ cwd, env: false })
    expect(error.code).toBe('CONFIG_NO_DEFAULT_EXPORT')
    expect(error.message).toContain('config')
    expect(error.hint).toContain('export default defineConfig')
  })

  it('exports something other than an object', async () => {
    const error = await loadError({
      cwd: project({ 'dbtooling.config.mjs': 'export default 42' }),
      env: false,
    })
    expect(error.code).toBe('CONFIG_NOT_OBJECT')
  })

  it('invalid options list every problem and the file', async () => {
    const cwd = project({ 'dbtooling.config.ts': "export default { tabelName: 'x', capacity: { read: 5 } }" })
    const error = await loadError({ cwd, env: false })
    expect(error.code).toBe('CONFIG_INVALID')
    expect(error.file).toBe(join(cwd, 'dbtooling.config.ts'))
    expect(error.message).toContain(`in ${join(cwd, 'dbtooling.config.ts')}`)
    expect(error.issues.map((issue) => issue.code)).toEqual(['UNKNOWN_KEY', 'CAPACITY_WITH_ON_DEMAND'])
  })
})
