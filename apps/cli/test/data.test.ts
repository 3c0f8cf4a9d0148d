import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { localEndpoint, uniqueTableName } from '../../../tests/support'
import { makeProject, parseJson, runCli } from './support/run-cli'

describe('dbtooling export, import, copy, backup, restore against DynamoDB Local', {
  timeout: 180_000,
}, () => {
  const table = uniqueTableName('cli-data')
  let cwd: string
  const cli = (...args: string[]) => runCli(args, { cwd })

  beforeAll(async () => {
    cwd = makeProject(table, localEndpoint())
    expect((await cli('table:create')).code).toBe(0)
    for (const [i, name] of ['Ada', 'Grace', 'Edsger'].entries()) {
      const put = await cli(
        'put',
        'User',
        JSON.stringify({ name, email: `${name.toLowerCase()}@corp.example`, password: `secret-${i}x` }),
      )
      expect(put.code, put.stderr).toBe(0)
    }
  })

  it('exports to a file and imports it into another environment item for item', async () => {
    const exported = parseJson<{ items: number; files: string[] }>(
      await cli('export', 'out/users.ndjson', '--model', 'User', '--json'),
    )
    expect(exported.items).toBe(3)
    writeFileSync(join(cwd, '.env.copy'), `DBTOOLING_TABLE_NAME=${table}-copy\n`)
    expect((await cli('table:create', '--env', 'copy')).code).toBe(0)
    const dry = parseJson<{ read: number; written: number; dryRun: boolean }>(
      await cli('import', 'out/users.ndjson', '--env', 'copy', '--dry-run', '--json'),
    )
    expect(dry).toMatchObject({ read: 3, written: 0, dryRun: true })
    const imported = parseJson<{ read: number; written: number; rejected: number }>(
      await cli('import', 'out/users.ndjson', '--env', 'copy', '--json'),
    )
    expect(imported).toMatchObject({ read: 3, written: 3, rejected: 0 })
    const count = parseJson<{ count: number }>(
      await cli('query', 'User', '--count', '--env', 'copy', '--json'),
    )
    expect(count.count).toBe(3)
    await cli('table:delete', '--env', 'copy', '--force')
  })

  it('imports a CSV through a model, reports the bad rows and exits 1 when any row was rejected', async () => {
    writeFileSync(
      join(cwd, 'users.csv'),
      'Full name,email,password\nAlan,alan@corp.example,secret-a1\nX,bad-email,secret-b2\n',
    )
    const run = await cli('import', 'users.csv', '--model', 'User', '--map', 'Full name=name', '--json')
    expect(run.code).toBe(1)
    const result = parseJson<{ read: number; written: number; rejected: number; reportFile: string }>(run)
    expect(result).toMatchObject({ read: 2, written: 1, rejected: 1 })
    const report = readFileSync(result.reportFile, 'utf8')
    expect(report).toContain('"line":3')
  })

  it('copies to another table with --fake and --redact: no original email or name leaves', async () => {
    const target = `${table}-anon`
    writeFileSync(join(cwd, '.env.anon'), `DBTOOLING_TABLE_NAME=${target}\n`)
    expect((await cli('table:create', '--env', 'anon')).code).toBe(0)
    const noSecret = await cli('copy', '--to-env', 'anon', '--fake', 'User.email')
    expect(noSecret.code).toBe(2)
    const copied = await cli(
      'copy',
      '--to-env',
      'anon',
      '--fake',
      'User.email',
      '--redact',
      'User.name',
      '--secret',
      'cli-test-secret',
      '--json',
    )
    expect(copied.code, copied.stderr).toBe(0)
    expect(parseJson<{ transformed: number }>(copied).transformed).toBe(4)
    const scanned = await cli('scan', target, '--json', '--limit', '1000')
    expect(scanned.stdout).not.toContain('corp.example')
    expect(scanned.stdout).toContain('[redacted]')
    await cli('table:delete', '--env', 'anon', '--force')
  })

  it('backup writes a file snapshot against DynamoDB Local (and says so); restore brings it back', async () => {
    const backup = parseJson<{ kind: string; file: string; items: number }>(
      await cli('backup', '--name', 'snap', '--json'),
    )
    expect(backup.kind).toBe('file-snapshot')
    expect(backup.file).toBe(join(cwd, '.dbtooling', 'backups', 'snap.ndjson.gz'))
    const human = await cli('backup', '--name', 'snap2')
    expect(human.stdout).toContain('DynamoDB Local has no backups: wrote a file snapshot')
    await cli('table:delete', '--force')
    const restored = parseJson<{ written: number }>(await cli('restore', backup.file, '--json'))
    expect(restored.written).toBe(backup.items)
    expect(parseJson<{ count: number }>(await cli('query', 'User', '--count', '--json')).count).toBe(4)
  })

  it('restore --pitr and backup/restore --s3-bucket are AWS only: locally they fail with what to do instead', async () => {
    const pitr = await cli('restore', '--pitr', '--to-table', `${table}-noon`)
    expect(pitr.code).not.toBe(0)
    expect(pitr.stderr).toContain('Point-in-time recovery is an AWS feature')
    expect(pitr.stderr).toContain('hint: locally, take file snapshots with backupTable()')
    const exported = await cli('backup', '--s3-bucket', 'exports')
    expect(exported.code).not.toBe(0)
    expect(exported.stderr).toContain('Export to S3 is an AWS feature')
    const imported = await cli('restore', '--s3-bucket', 'exports', '--to-table', `${table}-copy`)
    expect(imported.stderr).toContain('Import from S3 is an AWS feature')
    const ambiguous = await cli('restore', 'snap.ndjson.gz', '--pitr')
    expect(ambiguous.stderr).toContain('restore needs exactly one source')
    const noTarget = await cli('restore', '--pitr')
    expect(noTarget.stderr).toContain('this restore needs --to-table')
  })
})
