import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { localEndpoint, uniqueTableName } from '../../../tests/support'
import { makeProject, parseJson, runCli } from './support/run-cli'

describe('dbtooling design, env, make and completion commands', { timeout: 120_000 }, () => {
  let cwd: string
  const table = uniqueTableName('cli-project')
  const cli = (...args: string[]) => runCli(args, { cwd })

  beforeAll(() => {
    cwd = makeProject(table, localEndpoint())
  })

  it('access-patterns prints the derived design as JSON, Mermaid or Markdown, to stdout or a file', async () => {
    const json = parseJson<{ tableName: string; entities: Record<string, unknown> }>(
      await cli('access-patterns', '--format', 'json'),
    )
    expect(json.tableName).toBe(table)
    expect(Object.keys(json.entities)).toEqual(expect.arrayContaining(['User', 'Post', 'Comment']))
    const mermaid = await cli('access-patterns', '--format', 'mermaid')
    expect(mermaid.stdout.startsWith('erDiagram')).toBe(true)
    const written = await cli('access-patterns', '-o', 'design.md')
    expect(written.code, written.stderr).toBe(0)
    expect(readFileSync(join(cwd, 'design.md'), 'utf8')).toContain(`# Table \`${table}\``)
    const bad = await cli('access-patterns', '--format', 'yaml')
    expect(bad.code).toBe(2)
  })

  it('ci:validate passes on good models and fails with a hint on a broken config', async () => {
    const ok = await cli('ci:validate', '--json')
    expect(ok.code, ok.stderr).toBe(0)
    expect(parseJson<{ ok: boolean; models: string[] }>(ok).models).toContain('User')
    const broken = await runCli(['ci:validate', '--config', 'broken.config.ts'], { cwd })
    expect(broken.code).toBe(1)
    writeFileSync(join(cwd, 'broken.config.ts'), "export default { tabelName: 'x' }\n")
    const typo = await runCli(['ci:validate', '--config', 'broken.config.ts'], { cwd })
    expect(typo.code).toBe(1)
    expect(typo.stderr).toContain('tabelName')
    expect(typo.stderr).toContain("did you mean 'tableName'")
  })

  it('env files: --env reads .env.<name>, env:switch makes it the default, env:list shows each', async () => {
    writeFileSync(join(cwd, '.env.staging'), 'DBTOOLING_TABLE_NAME=staging-table\n')
    const listed = parseJson<{ environments: Array<{ name: string; table: string; active: boolean }> }>(
      await cli('env:list', '--json'),
    )
    expect(listed.environments.map((e) => [e.name, e.table])).toEqual([
      ['(default)', table],
      ['staging', 'staging-table'],
    ])
    const viaFlag = parseJson<{ tableName: string }>(
      await cli('access-patterns', '--format', 'json', '--env', 'staging'),
    )
    expect(viaFlag.tableName).toBe('staging-table')
    const missing = await cli('table:list', '--env', 'prod')
    expect(missing.code).toBe(2)
    expect(missing.stderr).toContain('no .env.prod file')

    expect((await cli('env:switch', 'staging')).code).toBe(0)
    const switched = parseJson<{ tableName: string }>(await cli('access-patterns', '--format', 'json'))
    expect(switched.tableName).toBe('staging-table')
    expect((await cli('env:switch', 'default')).code).toBe(0)
    const back = parseJson<{ tableName: string }>(await cli('access-patterns', '--format', 'json'))
    expect(back.tableName).toBe(table)
  })

  it('make:model writes a model file that loads and derives; bad input leaves no file', async () => {
    const made = await cli(
      'make:model',
      'Invoice',
      '--attributes',
      'number:string,total:number',
      '--belongs-to',
      'User',
      '--uuid',
      '--json',
    )
    expect(made.code, made.stderr).toBe(0)
    const design = parseJson<{ entities: Record<string, { attributes: Record<string, { type: string }> }> }>(
      await cli('access-patterns', '--format', 'json'),
    )
    expect(design.entities.Invoice?.attributes.total?.type).toBe('number')
    const exists = await cli('make:model', 'Invoice')
    expect(exists.code).toBe(1)
    expect(exists.stderr).toContain('--force')
    const badType = await cli('make:model', 'Receipt', '--attributes', 'total:money')
    expect(badType.code).toBe(2)
    expect(existsSync(join(cwd, 'models', 'Receipt.ts'))).toBe(false)
    const unknownParent = await cli('make:model', 'Orphan', '--belongs-to', 'Nowhere')
    expect(unknownParent.code).toBe(1)
    expect(unknownParent.stderr).toContain('Nowhere, which no model')
    expect(existsSync(join(cwd, 'models', 'Orphan.ts'))).toBe(false)
  })

  it('completion prints bash, zsh and fish scripts naming every command', async () => {
    const bash = await cli('completion', 'bash')
    expect(bash.stdout).toContain('complete -F _dbtooling dbtooling')
    expect(bash.stdout).toContain('table:create')
    const fish = await cli('completion', 'fish')
    expect(fish.stdout).toContain("-a 'query'")
    const zsh = await cli('completion', 'zsh')
    expect(zsh.stdout).toContain('bashcompinit')
    expect((await cli('completion', 'tcsh')).code).toBe(2)
  })
})
