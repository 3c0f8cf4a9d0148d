import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { localEndpoint, uniqueTableName } from '../../../tests/support'
import { makeProject, parseJson, runCli } from './support/run-cli'

describe('dbtooling db:fresh, seed and make:seeder against DynamoDB Local', { timeout: 240_000 }, () => {
  let cwd: string
  const cli = (...args: string[]) => runCli(args, { cwd })

  beforeAll(() => {
    cwd = makeProject(uniqueTableName('cli-seed'), localEndpoint())
  })

  it('db:fresh migrates and seeds the blog models from themselves, the same seed giving the same data', async () => {
    const first = await cli('db:fresh', '--seed', '7', '--json')
    expect(first.code, first.stderr).toBe(0)
    const result = parseJson<{ mode: string; written: number; auto: { counts: Record<string, number> } }>(
      first,
    )
    expect(result.mode).toBe('auto')
    expect(result.auto.counts.User).toBe(10) // useSeeder: { count: 10 } in the model file
    const users = parseJson<{ items: Array<{ id: string; name: string }> }>(
      await cli('query', 'User', '--limit', '100', '--json'),
    ).items
    expect(users).toHaveLength(10)
    expect((await cli('migrate:status', '--json')).code).toBe(0)
    const again = await cli('db:fresh', '--seed', '7', '--json')
    expect(again.code, again.stderr).toBe(0)
    const sameUsers = parseJson<{ items: Array<{ id: string; name: string }> }>(
      await cli('query', 'User', '--limit', '100', '--json'),
    ).items
    expect(sameUsers.map((u) => [u.id, u.name]).sort()).toEqual(users.map((u) => [u.id, u.name]).sort())
  })

  it('make:seeder writes a seeder that seed --class runs', async () => {
    const made = await cli('make:seeder', 'TeamSeeder', '--json')
    expect(made.code, made.stderr).toBe(0)
    expect(existsSync(join(cwd, 'database', 'seeders', 'TeamSeeder.ts'))).toBe(true)
    const run = await cli('seed', '--class', 'TeamSeeder', '--json')
    expect(run.code, run.stderr).toBe(0)
    expect(parseJson<{ mode: string; ran: string[] }>(run)).toMatchObject({
      mode: 'seeders',
      ran: ['TeamSeeder'],
    })
    expect((await cli('make:seeder', 'TeamSeeder')).code).toBe(1)
    expect((await cli('make:seeder', 'bad-name')).code).toBe(2)
  })

  it('db:fresh refuses a non-local endpoint without --force', async () => {
    const run = await cli('db:fresh', '--endpoint', 'https://dynamodb.eu-west-1.amazonaws.com')
    expect(run.code).toBe(2)
    expect(run.stderr).toContain('meant for DynamoDB Local')
  })
})
