import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { findModelFiles, loadModels, ModelLoadError } from '../../src/loader/index'

const root = mkdtempSync(join(tmpdir(), 'dbtooling-loader-'))
afterAll(() => rmSync(root, { recursive: true, force: true }))

let counter = 0
function folder(files: Record<string, string>): string {
  const dir = join(root, `m${counter++}`)
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true })
    writeFileSync(join(dir, name), content)
  }
  return dir
}

async function loadError(options: Parameters<typeof loadModels>[0]): Promise<ModelLoadError> {
  const error = await loadModels(options).then(
    () => null,
    (e: unknown) => e,
  )
  expect(error).toBeInstanceOf(ModelLoadError)
  return error as ModelLoadError
}

describe('loadModels errors name the model file', () => {
  it('an unresolvable non-Stacks import names the file and the package', async () => {
    const dir = folder({
      'Order.ts': "import { money } from 'left-pad-not-installed'\nexport default { name: 'Order', money }",
    })
    const error = await loadError({ modelsPath: dir })
    expect(error.code).toBe('MODEL_UNRESOLVED_IMPORT')
    expect(error.packageName).toBe('left-pad-not-installed')
    expect(error.source).toBe(join(dir, 'Order.ts'))
    expect(error.message).toContain(join(dir, 'Order.ts'))
    expect(error.hint).toContain('npm install left-pad-not-installed')
  })

  it("with stacksShims: 'never' a missing @stacksjs package is an error too", async () => {
    const dir = folder({
      'User.ts': "import { defineModel } from '@stacksjs/orm'\nexport default defineModel({ name: 'User' })",
    })
    const error = await loadError({ modelsPath: dir, stacksShims: 'never' })
    expect(error.code).toBe('MODEL_UNRESOLVED_IMPORT')
    expect(error.packageName).toBe('@stacksjs/orm')
  })

  it('a missing relative import names the path', async () => {
    const dir = folder({ 'User.ts': "import { x } from './nope'\nexport default { name: 'User', x }" })
    const error = await loadError({ modelsPath: dir })
    expect(error.code).toBe('MODEL_UNRESOLVED_IMPORT')
    expect(error.hint).toBe('check the relative path')
  })

  it('a syntax error', async () => {
    const dir = folder({ 'Broken.ts': "export default { name: 'Broken', attributes: { a: { } " })
    const error = await loadError({ modelsPath: dir })
    expect(error.code).toBe('MODEL_SYNTAX_ERROR')
    expect(error.source).toBe(join(dir, 'Broken.ts'))
  })

  it('a file that throws while loading', async () => {
    const dir = folder({ 'Boom.ts': "throw new Error('database not reachable')\nexport default {}" })
    const error = await loadError({ modelsPath: dir })
    expect(error.code).toBe('MODEL_IMPORT_FAILED')
    expect(error.message).toContain('database not reachable')
  })

  it('no default export, and a default export that is not an object', async () => {
    const named = await loadError({
      modelsPath: folder({ 'Post.ts': "export const Post = { name: 'Post' }" }),
    })
    expect(named.code).toBe('MODEL_NO_DEFAULT_EXPORT')
    expect(named.hint).toContain("name: 'Post'")
    const scalar = await loadError({ modelsPath: folder({ 'Post.ts': "export default 'Post'" }) })
    expect(scalar.code).toBe('MODEL_NOT_OBJECT')
  })

  it('a models folder that does not exist', async () => {
    const error = await loadError({ modelsPath: join(root, 'missing-folder') })
    expect(error.code).toBe('MODELS_PATH_NOT_FOUND')
    expect(error.source).toBe(join(root, 'missing-folder'))
  })

  it('an in-memory model that is not an object', async () => {
    const error = await loadError({ models: [{ name: 'Ok' }, 'Nope'] })
    expect(error.code).toBe('MODEL_INVALID_INPUT')
    expect(error.source).toBe('models[1]')
  })
  it("an installed @stacksjs package that fails under Node suggests stacksShims: 'always', which then works", async () => {
    const dir = folder({
      'node_modules/@stacksjs/orm/package.json': JSON.stringify({ name: '@stacksjs/orm', main: 'index.js' }),
      'node_modules/@stacksjs/orm/index.js': "throw new Error('Bun.file is not available')",
      'models/User.ts':
        "import { defineModel } from '@stacksjs/orm'\nexport default defineModel({ name: 'User' })",
    })
    const error = await loadError({ modelsPath: join(dir, 'models') })
    expect(error.code).toBe('MODEL_IMPORT_FAILED')
    expect(error.hint).toContain("stacksShims: 'always'")
    const [user] = await loadModels({ modelsPath: join(dir, 'models'), stacksShims: 'always' })
    expect(user?.name).toBe('User')
  })
})

describe('loadModels inputs', () => {
  it('returns in-memory models untouched with a null source, after file models', async () => {
    const user = { name: 'User', attributes: { email: { unique: true } } }
    const dir = folder({ 'Team.ts': "export default { name: 'Team' }" })
    const models = await loadModels({ modelsPath: dir, models: [user] })
    expect(models.map((model) => [model.name, model.source])).toEqual([
      ['Team', join(dir, 'Team.ts')],
      ['User', null],
    ])
    expect(models[1]!.definition).toBe(user)
  })

  it('accepts in-memory models keyed by name, e.g. a module namespace', async () => {
    const models = await loadModels({ models: { Team: { attributes: {} }, Post: { name: 'BlogPost' } } })
    expect(models.map((model) => model.name)).toEqual(['Team', 'BlogPost'])
    const error = await loadError({ models: { Bad: 42 } })
    expect(error).toMatchObject({ code: 'MODEL_INVALID_INPUT', source: 'models.Bad' })
  })

  it('resolves a relative modelsPath against cwd and names a model after its file when it has no name', async () => {
    const dir = folder({ 'app/Models/Invoice.ts': 'export default { attributes: {} }' })
    const [model] = await loadModels({ modelsPath: 'app/Models', cwd: dir })
    expect(model?.name).toBe('Invoice')
  })

  it('finds model files recursively in sorted order, skipping declarations, tests and dot folders', () => {
    const dir = folder({
      'b/Zed.ts': '',
      'a/Alpha.mjs': '',
      'Beta.js': '',
      'types.d.ts': '',
      'Beta.test.ts': '',
      '.cache/Hidden.ts': '',
      'README.md': '',
    })
    expect(findModelFiles(dir).map((file) => file.slice(dir.length + 1))).toEqual([
      'Beta.js',
      'a/Alpha.mjs',
      'b/Zed.ts',
    ])
  })

  it('gives stand-ins to @stacksjs imports nested in helper modules, including names not seen up front', async () => {
    const dir = folder({
      'helpers/format.ts':
        "import { titleCase } from '@stacksjs/strings'\nexport const label = (s: string) => titleCase(s)\n",
      'models/Note.ts':
        "import { label } from '../helpers/format'\nimport { env } from '@stacksjs/env'\nexport default { name: 'Note', get: { title: label }, region: env.AWS_REGION }\n",
    })
    const [note] = await loadModels({ modelsPath: join(dir, 'models') })
    expect(note?.name).toBe('Note')
    const getters = note!.definition.get as { title: (s: string) => string }
    expect(() => getters.title('x')).toThrow(/@stacksjs\/strings/)
  })
})
