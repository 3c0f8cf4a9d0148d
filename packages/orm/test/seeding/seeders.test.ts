import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  createOrm,
  FreshNotLocalError,
  fresh,
  runSeeders,
  type SeedContext,
  Seeder,
  SeederCycleError,
  SeederInvalidError,
  SeederNotFoundError,
} from '../../src/index'
import {
  factoryOrm,
  postDefinition,
  roleDefinition,
  teamDefinition,
  userDefinition,
} from '../factories/models'
import { auditTable } from './audit'

const path = fileURLToPath(new URL('./seeders', import.meta.url))
const { orm } = factoryOrm('seeders')

function recorder() {
  const lines: string[] = []
  return {
    lines,
    info: (m: string) => void lines.push(m),
    warn: (m: string) => void lines.push(`warn: ${m}`),
  }
}

beforeAll(async () => {
  await orm.createTable()
})
afterAll(async () => {
  await orm.dropTable()
})

describe('seeder runner', () => {
  it('discovers seeder files in a folder and runs them after their dependencies, then by order and name', async () => {
    const logger = recorder()
    const result = await runSeeders(orm, { path, seed: 5, logger })
    expect(result.mode).toBe('seeders')
    expect(result.ran).toEqual(['RolesSeeder', 'TeamsSeeder', 'UsersSeeder', 'PostsSeeder'])
    expect(logger.lines).toContain('users: 4')
    const audit = await auditTable(orm)
    expect(audit.byEntity.Post).toHaveLength(8)
    expect(audit.dangling).toEqual([])
    expect(audit.invalid).toEqual([])
    expect(result.written).toBe(2 + 2 + 4 + 8)
    expect(result.itemsPerSecond).toBeGreaterThan(0)
  })

  it('runs one seeder by name, with the seeders it depends on', async () => {
    const result = await runSeeders(orm, { path, only: 'UsersSeeder', logger: recorder() })
    expect(result.ran).toEqual(['TeamsSeeder', 'UsersSeeder'])
  })

  it('gives seeders the ORM, factories bound to the session and a logger', async () => {
    const seen: string[] = []
    class Probe extends Seeder {
      async run(ctx: SeedContext) {
        seen.push(ctx.orm.tableName, String(ctx.session.seed))
        const [team] = await ctx.factory('Team').create()
        seen.push(String(ctx.seeded('Team').includes(team as never)))
        ctx.logger.info('probe ran')
      }
    }
    const logger = recorder()
    await runSeeders(orm, { seeders: [Probe], seed: 77, logger })
    expect(seen).toEqual([orm.tableName, '77', 'true'])
    expect(logger.lines).toContain('probe ran')
  })

  it('refuses unknown names, dependency cycles and files that export no seeder, with typed errors', async () => {
    const quiet = recorder()
    await expect(runSeeders(orm, { path, only: 'Nope', logger: quiet })).rejects.toBeInstanceOf(
      SeederNotFoundError,
    )
    const a = { name: 'A', dependsOn: ['B'], run: () => undefined }
    const b = { name: 'B', dependsOn: ['A'], run: () => undefined }
    const cycle = await runSeeders(orm, { seeders: [a, b], logger: quiet }).catch((e: unknown) => e)
    expect(cycle).toBeInstanceOf(SeederCycleError)
    expect((cycle as SeederCycleError).cycle).toEqual(['A', 'B', 'A'])
    await expect(runSeeders(orm, { seeders: [42], logger: quiet })).rejects.toBeInstanceOf(SeederInvalidError)
  })
})

describe('fresh()', () => {
  it('deletes the table, migrates from nothing and seeds it on DynamoDB Local', async () => {
    const fleeting = factoryOrm('seed-fresh').orm
    await fleeting.createTable()
    await runSeeders(fleeting, { path, seed: 1, logger: recorder() })
    const result = await fresh(fleeting, { path, seed: 1, logger: recorder() })
    const audit = await auditTable(fleeting)
    // Only the fresh run's rows are left: the first run's were dropped with the table.
    expect(audit.byEntity.Post).toHaveLength(8)
    expect(audit.byEntity.Team).toHaveLength(2)
    expect(result.ran).toHaveLength(4)
    await fleeting.dropTable()
  })

  it('is refused against a non-local endpoint, before any request', async () => {
    const remote = createOrm({
      models: [teamDefinition, userDefinition, postDefinition, roleDefinition],
      clientConfig: {
        endpoint: 'https://dynamodb.eu-west-1.amazonaws.com',
        region: 'eu-west-1',
        credentials: { accessKeyId: 'x', secretAccessKey: 'y' },
        maxRetries: 0,
      },
      design: { tableName: 'production-table' },
      setDefault: false,
    })
    const error = await fresh(remote, { logger: recorder() }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(FreshNotLocalError)
    expect((error as FreshNotLocalError).code).toBe('FRESH_NOT_LOCAL')
    expect((error as FreshNotLocalError).endpoint).toBe('https://dynamodb.eu-west-1.amazonaws.com')
    expect((error as FreshNotLocalError).hint).toContain('force')
  })
})
