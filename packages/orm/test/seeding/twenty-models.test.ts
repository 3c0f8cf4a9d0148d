import { afterAll, describe, expect, it } from 'vitest'
import { createOrm, runSeeders, type SeedableOrm, type SeedProgress } from '../../src/index'
import { localClient, uniqueTableName } from '../support'
import { auditTable, canonical, scanAll } from './audit'
import { twentyModels } from './twenty-models'

const orms: SeedableOrm[] = []

async function seededOrm(seed: number, onProgress?: (progress: SeedProgress) => void) {
  const orm = createOrm({
    models: twentyModels,
    client: localClient(),
    design: { tableName: uniqueTableName('seed-twenty') },
    setDefault: false,
  })
  orms.push(orm)
  await orm.createTable()
  const logged: string[] = []
  const logger = {
    info: (m: string) => void logged.push(m),
    warn: (m: string) => void logged.push(`warn: ${m}`),
  }
  const result = await runSeeders(orm, {
    seed,
    defaultCount: 6,
    logger,
    ...(onProgress ? { onProgress } : {}),
  })
  return { orm, result, logged }
}

afterAll(async () => {
  await Promise.all(orms.map((orm) => orm.dropTable()))
})

describe('automatic seeding of 20 models with every relation kind (no factory or seeder files)', () => {
  it('seeds every model, every item valid, every key resolving, every guard present; same seed gives identical items', async () => {
    const progress: SeedProgress[] = []
    const first = await seededOrm(2024, (event) => progress.push(event))
    const { orm, result, logged } = first
    expect(result.mode).toBe('auto')
    expect(Object.keys(result.auto!.counts)).toHaveLength(20)

    // Parents before children, cycle and self reference broken at optional keys, and said so.
    const order = Object.keys(result.auto!.counts)
    const before = (a: string, b: string) => order.indexOf(a) < order.indexOf(b)
    for (const [parent, child] of [
      ['Organization', 'Team'],
      ['Team', 'User'],
      ['User', 'Post'],
      ['Post', 'Comment'],
      ['Order', 'OrderLine'],
      ['Product', 'OrderLine'],
      ['Department', 'Manager'],
    ])
      expect(before(parent!, child!), `${parent} before ${child}`).toBe(true)
    expect(result.auto!.broken.map((link) => `${link.model}.${link.foreignKey}`).sort()).toEqual([
      'Category.parentId',
      'Department.managerId',
    ])
    expect(logged.filter((line) => line.startsWith('warn:'))).toHaveLength(2)

    const audit = await auditTable(orm, ['Category.parentId', 'Department.managerId'])
    expect(audit.invalid).toEqual([])
    expect(audit.dangling).toEqual([])
    expect(audit.missingGuards).toEqual([])
    expect(audit.emptyKeys).toEqual([])
    for (const model of twentyModels)
      expect(audit.byEntity[model.name]?.length, model.name).toBeGreaterThan(0)
    // A tree: roots first, then rows pointing at them (the audit checked that they resolve).
    const categories = audit.byEntity.Category!
    expect(categories.filter((category) => category.parentId === undefined)).toHaveLength(2)
    expect(categories.filter((category) => typeof category.parentId === 'string')).toHaveLength(4)
    // hasOne children: one per parent.
    const profileOwners = audit.byEntity.Profile!.map((profile) => profile.userId)
    expect(new Set(profileOwners).size).toBe(profileOwners.length)
    // Every many-to-many edge type got edges: belongsToMany (UserRole) and the morph edges of Post and Video.
    expect(Object.keys(audit.edges).length).toBeGreaterThanOrEqual(2)
    expect(result.auto!.edges).toBe(Object.values(audit.edges).reduce((a, b) => a + b, 0))
    // Progress events for the CLI: written counts and a rate.
    expect(progress.length).toBeGreaterThan(0)
    expect(progress.at(-1)!.itemsPerSecond).toBeGreaterThan(0)
    const rows = Object.values(result.auto!.counts).reduce((a, b) => a + b, 0)
    expect(rows).toBe(120)
    expect(result.written).toBe(rows + result.auto!.edges)

    const second = await seededOrm(2024)
    expect(canonical(await scanAll(second.orm))).toBe(canonical(await scanAll(orm)))
    const other = await seededOrm(2025)
    expect(canonical(await scanAll(other.orm))).not.toBe(canonical(await scanAll(orm)))
  }, 180_000) // three tables seeded and scanned: minutes on a loaded 2-core machine
})
