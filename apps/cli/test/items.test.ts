import { beforeAll, describe, expect, it } from 'vitest'
import { localEndpoint, uniqueTableName } from '../../../tests/support'
import { makeProject, parseJson, runCli } from './support/run-cli'

interface Item {
  id: string
  name: string
  email: string
}

describe('dbtooling item and table commands against DynamoDB Local', { timeout: 120_000 }, () => {
  const table = uniqueTableName('cli-items')
  let cwd: string
  const cli = (...args: string[]) => runCli(args, { cwd })

  beforeAll(async () => {
    cwd = makeProject(table, localEndpoint())
    const created = await cli('table:create', '--json')
    expect(created.code, created.stderr).toBe(0)
    expect(parseJson(created)).toMatchObject({ table, created: true, status: 'ACTIVE' })
  })

  it('table:list, table:describe and table:wait read the live table', async () => {
    const listed = parseJson<{ tables: string[] }>(await cli('table:list', '--json'))
    expect(listed.tables).toContain(table)
    const described = parseJson<{ TableName: string; GlobalSecondaryIndexes: unknown[] }>(
      await cli('table:describe', '--json'),
    )
    expect(described.TableName).toBe(table)
    expect(described.GlobalSecondaryIndexes.length).toBeGreaterThan(0)
    const waited = parseJson(await cli('table:wait', table, '--json', '--timeout', '10'))
    expect(waited).toEqual({ table, status: 'ACTIVE' })
    const again = await cli('table:create', '--json')
    expect(parseJson(again)).toMatchObject({ created: false })
  })

  it('put validates through the model, get/query/scan read it back, delete removes it; --explain shows what was sent', async () => {
    const invalid = await cli('put', 'User', '{"name":"Ada","email":"ada@example.com"}')
    expect(invalid.code).toBe(1)
    expect(invalid.stderr).toContain('password')
    expect(invalid.stderr).toContain('hint:')

    const put = await cli(
      'put',
      'User',
      '{"name":"Ada","email":"ada@example.com","password":"secret123"}',
      '--json',
      '--explain',
    )
    expect(put.code, put.stderr).toBe(0)
    const written = parseJson<{ item: Item; explain: { sent: string[] } }>(put)
    expect(written.item.email).toBe('ada@example.com')
    expect(written.explain.sent.join('\n')).toContain('TransactWriteItems') // entity + unique email guard
    expect(JSON.stringify(written.item)).not.toContain('secret123') // hidden attribute

    const got = parseJson<{ item: Item; explain: { sent: string[] } }>(
      await cli('get', 'User', written.item.id, '--json', '--explain'),
    )
    expect(got.item.name).toBe('Ada')
    expect(got.explain.sent).toHaveLength(1)
    expect(got.explain.sent[0]).toMatch(/^1\. GetItem /)

    const queried = parseJson<{ items: Item[]; explain: { plan: { operation: string }; sent: string[] } }>(
      await cli('query', 'User', '--where', 'name=Ada', '--json', '--explain'),
    )
    expect(queried.items.map((u) => u.id)).toEqual([written.item.id])
    expect(queried.explain.plan.operation).toBe('Query')
    expect(queried.explain.sent.every((line) => line.includes('Query'))).toBe(true)

    const counted = parseJson<{ count: number }>(await cli('query', 'User', '--count', '--json'))
    expect(counted.count).toBe(1)

    const scanned = parseJson<{ items: Array<Record<string, unknown>>; explain: { sent: string[] } }>(
      await cli('scan', table, '--segments', '2', '--json', '--explain'),
    )
    expect(scanned.items.some((i) => i.id === written.item.id)).toBe(true)
    expect(scanned.explain.sent.filter((l) => l.includes('Scan'))).toHaveLength(2)

    const raw = parseJson<{ item: Record<string, unknown> }>(
      await cli('get', table, `pk=USER#${written.item.id}`, `sk=USER#${written.item.id}`, '--json'),
    )
    expect(raw.item._et).toBe('User')

    const deleted = await cli('delete', 'User', written.item.id, '--json')
    expect(parseJson(deleted)).toEqual({ deleted: true })
    const missing = await cli('get', 'User', written.item.id)
    expect(missing.code).toBe(1)
    expect(missing.stderr).toContain('no item at User')
  })

  it('usage mistakes exit 2 with a hint; unknown models exit 1 naming the models', async () => {
    const badWhere = await cli('query', 'User', '--where', 'nosuch=1')
    expect(badWhere.code).toBe(2)
    expect(badWhere.stderr).toContain('the model has no attribute "nosuch"')
    const badLimit = await cli('query', 'User', '--limit', 'ten')
    expect(badLimit.code).toBe(2)
    const unknown = await cli('query', 'Nope')
    expect(unknown.code).toBe(1)
    expect(unknown.stderr).toMatch(/hint: models: .*User/)
    const badJson = await cli('put', 'User', '{not json')
    expect(badJson.code).toBe(2)
    const unknownCommand = await cli('frobnicate')
    expect(unknownCommand.code).toBe(2)
  })

  it('table:delete refuses a non-local endpoint without --force in a non-interactive run, and deletes locally', async () => {
    const refused = await runCli(
      ['table:delete', 'some-table', '--endpoint', 'https://dynamodb.eu-west-1.amazonaws.com'],
      {
        cwd,
      },
    )
    expect(refused.code).toBe(1)
    expect(refused.stderr).toContain('refusing to delete table some-table')
    expect(refused.stderr).toContain('--force')
    const deleted = await cli('table:delete', '--json')
    expect(deleted.code, deleted.stderr).toBe(0)
    expect(parseJson<{ tables: string[] }>(await cli('table:list', '--json')).tables).not.toContain(table)
  })
})
