import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { localEndpoint, uniqueTableName } from '../../../tests/support'
import { makeProject, parseJson, runCli } from './support/run-cli'

// An LSI added to a model: DynamoDB cannot add it to the table, so `migrate` refuses until asked to copy,
// and `migrate --copy-table <name>` copies every item into a new table that has it.
describe('dbtooling migrate --copy-table for an LSI change', { timeout: 240_000 }, () => {
  const table = uniqueTableName('cli-lsi')
  const copy = `${table}-v2`
  let cwd: string
  const cli = (...args: string[]) => runCli(args, { cwd })

  beforeAll(() => {
    cwd = makeProject(table, localEndpoint())
  })

  afterAll(async () => {
    await cli('table:delete', table, '--force')
    await cli('table:delete', copy, '--force')
  })

  it('refuses without the flag, copies and verifies with it, and the new table is up to date', async () => {
    const seeded = await cli('db:fresh', '--seed', '3', '--json')
    expect(seeded.code, seeded.stderr).toBe(0)
    const tagFile = join(cwd, 'models', 'Tag.ts')
    const source = readFileSync(tagFile, 'utf8')
    writeFileSync(
      tagFile,
      source.replace(
        "belongsToMany: ['Post'],",
        "belongsToMany: ['Post'],\n  indexes: [{ name: 'byNameLocal', columns: ['name'], local: true }],",
      ),
    )

    const refused = await cli('migrate', '--json')
    expect(refused.code).toBe(1)
    expect(refused.stderr).toContain('Local indexes change')
    expect(refused.stderr).toContain('--copy-table')

    const run = await cli('migrate', '--copy-table', copy, '--json')
    expect(run.code, run.stderr).toBe(0)
    const result = parseJson<{
      applied: boolean
      copiedTo: { tableName: string; sourceItems: number; copiedItems: number }
    }>(run)
    expect(result.applied).toBe(true)
    expect(result.copiedTo.tableName).toBe(copy)
    expect(result.copiedTo.sourceItems).toBeGreaterThan(0)
    expect(result.copiedTo.copiedItems).toBe(result.copiedTo.sourceItems)

    const described = parseJson<{
      Table?: { LocalSecondaryIndexes?: unknown[] }
      LocalSecondaryIndexes?: unknown[]
    }>(await cli('table:describe', copy, '--json'))
    const lsis = described.Table?.LocalSecondaryIndexes ?? described.LocalSecondaryIndexes ?? []
    expect(lsis.length).toBe(1)

    // Pointed at the new table, nothing is pending.
    writeFileSync(
      join(cwd, 'dbtooling.config.ts'),
      `export default { tableName: '${copy}', queryBuilder: { modelsPath: './models' } }\n`,
    )
    const status = parseJson<{ pending: { steps: unknown[] } }>(await cli('migrate:status', '--json'))
    expect(status.pending.steps).toEqual([])
  })
})
