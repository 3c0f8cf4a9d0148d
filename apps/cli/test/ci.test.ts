import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { localEndpoint, uniqueTableName } from '../../../tests/support'
import { makeProject, parseJson, runCli } from './support/run-cli'

describe('dbtooling ci:test and env:diff', { timeout: 180_000 }, () => {
  const table = uniqueTableName('cli-ci')
  let cwd: string
  const cli = (...args: string[]) => runCli(args, { cwd })

  beforeAll(() => {
    cwd = makeProject(table, localEndpoint())
  })

  it('ci:test runs the command against a table of its own, passes its exit code on and drops the table', async () => {
    // DescribeTable over the JSON protocol (DynamoDB Local only checks the header's shape), exit 3.
    const script = `
      const t = process.env.DBTOOLING_TABLE_NAME
      fetch(process.env.DBTOOLING_ENDPOINT, { method: 'POST', body: JSON.stringify({ TableName: t }), headers: {
        'content-type': 'application/x-amz-json-1.0', 'x-amz-target': 'DynamoDB_20120810.DescribeTable',
        authorization: 'AWS4-HMAC-SHA256 Credential=local/20200101/us-east-1/dynamodb/aws4_request, SignedHeaders=host, Signature=0' } })
        .then((r) => r.json()).then((o) => { console.log('TABLE=' + t + ' ' + o.Table.TableStatus); process.exit(3) })`
    const run = await runCli(['ci:test', '--', process.execPath, '-e', script], { cwd })
    expect(run.code, run.stderr).toBe(3)
    const match = /TABLE=(\S+) ACTIVE/.exec(run.stdout)
    expect(match?.[1]).toContain(`${table}-ci-`)
    const tables = parseJson<{ tables: string[] }>(await cli('table:list', '--json')).tables
    expect(tables).not.toContain(match?.[1])
  })

  it('env:diff agrees on two tables from one design and names what differs when one is missing', async () => {
    writeFileSync(join(cwd, '.env.a'), `DBTOOLING_TABLE_NAME=${table}-a\n`)
    writeFileSync(join(cwd, '.env.b'), `DBTOOLING_TABLE_NAME=${table}-b\n`)
    expect((await cli('table:create', '--env', 'a')).code).toBe(0)
    expect((await cli('table:create', '--env', 'b')).code).toBe(0)
    const same = await cli('env:diff', 'a', 'b', '--json')
    expect(same.code, same.stderr).toBe(0)
    expect(parseJson<{ same: boolean }>(same).same).toBe(true)
    await cli('table:delete', '--env', 'b', '--force')
    const differs = await cli('env:diff', 'a', 'b', '--json')
    expect(differs.code).toBe(1)
    const diff = parseJson<{ differences: Array<{ what: string }> }>(differs)
    expect(diff.differences.map((d) => d.what)).toContain('table')
    await cli('table:delete', '--env', 'a', '--force')
  })

  it('env:diff compares the designs migrate applied and lists the steps from one to the other', async () => {
    writeFileSync(join(cwd, '.env.c'), `DBTOOLING_TABLE_NAME=${table}-c\n`)
    writeFileSync(join(cwd, '.env.d'), `DBTOOLING_TABLE_NAME=${table}-d\n`)
    expect((await cli('migrate', '--env', 'c')).code).toBe(0)
    // The models move on (a new index), and only environment d is migrated to them.
    const post = join(cwd, 'models', 'Post.ts')
    const source = readFileSync(post, 'utf8')
    writeFileSync(
      post,
      source.replace(
        "indexes: [{ name: 'byStatus', columns: ['status', 'publishedAt'] }]",
        "indexes: [{ name: 'byStatus', columns: ['status', 'publishedAt'] }, { name: 'byTitle', columns: ['title'] }]",
      ),
    )
    try {
      const migrated = await cli('migrate', '--env', 'd')
      expect(migrated.code, migrated.stderr).toBe(0)
      const run = await cli('env:diff', 'c', 'd', '--json')
      expect(run.code, run.stderr).toBe(1)
      const diff = parseJson<{
        c: { appliedDesign: { hash: string } | null }
        d: { appliedDesign: { hash: string } | null }
        differences: Array<{ what: string }>
        designSteps: string[] | null
      }>(run)
      expect(diff.c.appliedDesign?.hash).toMatch(/^[0-9a-f]{16}$/)
      expect(diff.d.appliedDesign?.hash).toMatch(/^[0-9a-f]{16}$/)
      expect(diff.c.appliedDesign?.hash).not.toBe(diff.d.appliedDesign?.hash)
      expect(diff.differences.map((d) => d.what)).toContain('applied design')
      // The steps come from the migration planner run on the two recorded designs.
      expect(diff.designSteps?.join('\n')).toMatch(/GSI|index/i)
      const text = await cli('env:diff', 'c', 'd')
      expect(text.stdout).toContain("Migrating c's applied design to d's would:")
    } finally {
      writeFileSync(post, source)
      await cli('table:delete', '--env', 'c', '--force')
      await cli('table:delete', '--env', 'd', '--force')
    }
  })
})
