import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { type FactoryFile, FactoryFileError, factoryFile, loadFactoryFiles } from '../../src/index'
import { factoryOrm } from './models'

function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'dbtooling-factories-'))
  for (const [name, source] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true })
    writeFileSync(join(dir, name), source)
  }
  return dir
}

// No table needed: make() validates and sends nothing.
const { orm, Role } = factoryOrm('factory-files')

describe('factory files', () => {
  it('registers a file naming its model (type-only import), and the model factory uses it', async () => {
    const dir = folder({
      'RoleFactory.ts': [
        "import type { FactoryFile } from '@dbtooling/orm'",
        // biome-ignore lint/suspicious/noTemplateCurlyInString: source text of the factory file
        "export default { model: 'Role', definition: ({ sequence }) => ({ name: `role-${sequence}` }),",
        "  states: { admin: { name: 'admin' } } } satisfies FactoryFile",
      ].join('\n'),
    })
    expect(await loadFactoryFiles(orm, dir)).toEqual(['Role'])
    const roles = await Role.factory().count(2).make()
    expect(roles.map((role) => role.name)).toEqual([
      expect.stringMatching(/^role-\d+$/),
      expect.stringMatching(/^role-\d+$/),
    ])
    expect((await Role.factory().state('admin').makeOne()).name).toBe('admin')
  })

  // Proven by the type-check of this file (tsc -p packages/orm): the file names its model, so the type
  // must take any attribute (until 2026-12-07 it took `id` alone, and every generated file failed tsc).
  it('types a factory file that sets any attribute, as make:factory writes it', () => {
    const written = {
      model: 'Role',
      definition: ({ sequence }) => ({ name: `role-${sequence}` }),
      states: { admin: { name: 'admin' }, numbered: ({ index }) => ({ name: `role-${index}` }) },
    } satisfies FactoryFile
    expect(factoryFile(written)).toBe(written)
  })

  it('a missing folder registers nothing', async () => {
    expect(await loadFactoryFiles(orm, join(tmpdir(), 'no-such-factories-folder'))).toEqual([])
  })

  it('refuses a file that exports no factory, or names a model the ORM lacks, before registering anything', async () => {
    const empty = folder({ 'Nothing.ts': 'export const x = 1\n' })
    await expect(loadFactoryFiles(orm, empty)).rejects.toMatchObject({
      code: 'FACTORY_FILE_INVALID',
      message: expect.stringContaining('exports no factory'),
    })
    const unknown = folder({ 'Ghost.ts': "export default { model: 'Ghost', definition: () => ({}) }\n" })
    const error = await loadFactoryFiles(orm, unknown).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(FactoryFileError)
    expect((error as FactoryFileError).message).toContain(
      '"Ghost" is not one of the ORM\'s models (Post, Role, Team, User)',
    )
  })
})
