import { existsSync, readFileSync, writeFileSync } from 'node:fs'
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

  it('make:factory writes a factory file that seed registers before the seeders run', async () => {
    const made = await cli('make:factory', 'Team', '--json')
    expect(made.code, made.stderr).toBe(0)
    const file = join(cwd, 'database', 'factories', 'TeamFactory.ts')
    const source = readFileSync(file, 'utf8')
    expect(source).toContain("model: 'Team'")
    // name and plan have their own factory in the model file: left to it.
    expect(source).toContain("// name: made by the model's default factory (from its `factory` in the model)")
    expect(source).toContain("// plan: made by the model's default factory (from its `factory` in the model)")
    expect(source).not.toMatch(/^\s+(id|createdAt|updatedAt):/m)
    // The user edits the definition; seed uses it for the seeder's factory('Team').
    writeFileSync(
      file,
      source
        .replace('definition: ({ faker })', 'definition: ({ faker, sequence })')
        // biome-ignore lint/suspicious/noTemplateCurlyInString: source text for the factory file
        .replace(/\/\/ name: .*\n/, 'name: `Team from file ${sequence}`,\n'),
    )
    const seeder = join(cwd, 'database', 'seeders', 'TeamSeeder.ts')
    writeFileSync(seeder, readFileSync(seeder, 'utf8').replace(/factory\('\w+'\)/, "factory('Team')"))
    const run = await cli('seed', '--class', 'TeamSeeder', '--json')
    expect(run.code, run.stderr).toBe(0)
    const teams = parseJson<{ items: Array<{ name: string }> }>(
      await cli('query', 'Team', '--limit', '100', '--json'),
    ).items
    expect(teams.filter((team) => team.name.startsWith('Team from file ')).length).toBe(10)
    expect((await cli('make:factory', 'Team')).code).toBe(1) // exists
    expect((await cli('make:factory', 'Nope')).code).toBe(2)
  })

  it('db:fresh refuses a non-local endpoint without --force', async () => {
    const run = await cli('db:fresh', '--endpoint', 'https://dynamodb.eu-west-1.amazonaws.com')
    expect(run.code).toBe(2)
    expect(run.stderr).toContain('meant for DynamoDB Local')
  })
})
