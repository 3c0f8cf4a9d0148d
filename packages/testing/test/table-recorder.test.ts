import { migrationStatus } from '@dbtooling/orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { localEndpoint } from '../../../tests/support'
import {
  cleanupTestTable,
  createTestTable,
  fake,
  isTestingError,
  RequestAssertionError,
  type Seeded,
  seedTestData,
  type TestTable,
} from '../src/index'
import { Member, memberDefinition, Team, teamDefinition } from './models'

type Models = readonly [typeof Team, typeof Member]

describe('createTestTable + seedTestData + the recorder against DynamoDB Local', () => {
  let table: TestTable<Models>
  let seeded: Seeded<Models, { readonly Team: 2; readonly Member: 6 }>

  beforeAll(async () => {
    table = await createTestTable({
      models: [Team, Member] as const,
      endpoint: localEndpoint(),
      prefix: 'toolkit',
    })
    seeded = await seedTestData(table.orm, { Team: 2, Member: 6 }, { seed: 7 })
  })
  afterAll(async () => {
    await cleanupTestTable(table)
  })

  it('creates a uniquely named table with the design and seeds rows whose belongsTo keys point at seeded parents', async () => {
    expect(table.tableName).toMatch(/^toolkit-[a-z0-9]+-[0-9a-f]{8}$/)
    const described = await table.orm.client.describeTable({ TableName: table.tableName })
    expect(described.Table?.GlobalSecondaryIndexes?.length).toBe(table.orm.design.globalIndexes.length)
    expect(seeded.Team).toHaveLength(2)
    expect(seeded.Member).toHaveLength(6)
    const teamIds = new Set<unknown>(seeded.Team.map((team) => team.id))
    for (const member of seeded.Member) expect(teamIds.has(member.teamId)).toBe(true)
    table.recorder.assertInserted(Member, { teamId: seeded.Member?.[0]?.getAttribute('teamId') })
  })

  it('the same seed gives the same rows on another table (models given as definitions)', async () => {
    // Model classes are bound to the default ORM; definitions get classes of this ORM, so it need not be the default.
    const other = await createTestTable({
      models: [teamDefinition, memberDefinition] as const,
      endpoint: localEndpoint(),
      setDefault: false,
    })
    try {
      const again = await seedTestData(other.orm, { Team: 2, Member: 6 }, { seed: 7 })
      expect(again.Member?.map((m) => m.getAttribute('email'))).toEqual(
        seeded.Member?.map((m) => m.getAttribute('email')),
      )
    } finally {
      await cleanupTestTable(other)
    }
  })

  it('assertQueried names the model and index a real query used, and fails listing what was sent', async () => {
    const teamId = String(seeded.Team?.[0]?.getAttribute('id'))
    table.recorder.reset()
    const members = await Member.where('teamId', teamId).get()
    expect(members.length).toBeGreaterThan(0)
    const plan = Member.where('teamId', teamId).explain()
    table.recorder.assertQueried(Member, { index: plan.index ?? 'table' })
    table.recorder.assertQueried(Member, { costClass: 'Query (bounded partition)' })
    table.recorder.assertRequestCount(1)
    table.recorder.assertNoScan()
    table.recorder.assertNoWholeTypeRead()
    const failure = (() => {
      try {
        table.recorder.assertQueried(Team)
      } catch (error) {
        return error
      }
    })()
    expect(failure).toBeInstanceOf(RequestAssertionError)
    expect(isTestingError(failure) && failure.code).toBe('NOT_QUERIED')
    const message = (failure as Error).message
    expect(message).toContain('Expected a Query of Team, but none was sent.')
    expect(message).toContain(`Sent (1 request):\n  1. Query on ${plan.index}`)
    expect(message).toContain(`"TEAM#${teamId}"`)
  })

  it('a declared index is matched by its name, and its cost class is the bounded partition explain() reports', async () => {
    table.recorder.reset()
    const query = Member.where('role', 'editor').whereNotNull('createdAt')
    await query.get()
    table.recorder.assertQueried(Member, { index: 'byRole' })
    expect(table.recorder.requests[0]?.costClass).toBe(query.explain().costClass)
    expect(() => table.recorder.assertQueried(Member, { index: 'table' })).toThrow(
      /Query of Member on index table/,
    )
  })

  it('a whole-type read is caught with the planner warning, and a count mismatch lists every request', async () => {
    table.recorder.reset()
    const query = Member.where('name', 'Nobody Here')
    await query.get()
    expect(query.explain().costClass).toBe('Query (whole type)')
    expect(table.recorder.requests[0]?.costClass).toBe('Query (whole type)')
    expect(() => table.recorder.assertNoWholeTypeRead()).toThrow(
      /Planner warnings:\n {2}- .*Member\.where\('name'/,
    )
    expect(() => table.recorder.assertNoWholeTypeRead(Team)).not.toThrow()
    expect(() => table.recorder.assertRequestCount(3)).toThrow(/Expected 3 requests, but 1 was sent\./)
  })

  it('a forced Scan fails assertNoScan', async () => {
    table.recorder.reset()
    await Member.query().forceScan().get()
    expect(() => table.recorder.assertNoScan()).toThrow(
      /Expected no Scan, but 1 was sent\.[\s\S]*1\. Scan on the table/,
    )
    table.recorder.assertRequestCount(1, 'Scan')
  })

  it('Model.fake() is the factory makeOne: a validated, unsaved instance, nothing sent', async () => {
    table.recorder.reset()
    const viewer = await Member.fake({ role: 'viewer' })
    expect(viewer).toBeInstanceOf(Member)
    expect(viewer.role).toBe('viewer')
    expect(String(viewer.email)).toMatch(/@/)
    expect(viewer.exists).toBe(false)
    table.recorder.assertRequestCount(0)
  })

  it('assertInserted sees the guard transaction of a unique model and says which items were written', async () => {
    table.recorder.reset()
    const made = await fake(Member, { role: 'viewer', teamId: String(seeded.Team?.[1]?.getAttribute('id')) })
    expect(table.recorder.requests).toHaveLength(0)
    await made.save()
    table.recorder.assertInserted(Member, { email: made.getAttribute('email'), role: 'viewer' })
    table.recorder.assertRequestCount(1, 'TransactWriteItems')
    expect(() => table.recorder.assertInserted(Member, { role: 'owner' })).toThrow(
      /Expected a Member item to be put with \{"role":"owner"\}\. Member items written: .*"role":"viewer"/,
    )
    expect(() => table.recorder.assertInserted(Team)).toThrow(/No Team item was written\./)
  })

  it('capacity assertions read the units DynamoDB Local reported', async () => {
    table.recorder.reset()
    await Member.where('role', 'editor').whereNotNull('createdAt').get()
    const read = table.recorder.capacity('read')
    expect(read).toBeGreaterThan(0)
    expect(table.recorder.capacity('write')).toBe(0)
    table.recorder.assertCapacity({ max: read, kind: 'read' })
    expect(() => table.recorder.assertCapacity({ max: read / 4, kind: 'read' })).toThrow(
      new RegExp(`Expected at most ${read / 4} read capacity units, but the requests consumed ${read}\\.`),
    )
  })
})

describe('createTestTable options', () => {
  it('via: migrate creates the table through the migrations runner, which records the design', async () => {
    const table = await createTestTable({
      models: [teamDefinition, memberDefinition] as const,
      endpoint: localEndpoint(),
      via: 'migrate',
      setDefault: false,
    })
    try {
      expect(table.recorder.requests.some((r) => r.operation === 'CreateTable')).toBe(true)
      const status = await migrationStatus(table.orm)
      expect(status.applied).not.toBeNull()
      expect(status.pending.steps).toHaveLength(0)
    } finally {
      await cleanupTestTable(table)
    }
  })

  it('refuses a remote endpoint unless allowRemote, and a missing endpoint, with typed errors', async () => {
    await expect(
      createTestTable({ models: [Team], endpoint: 'https://dynamodb.eu-west-1.amazonaws.com' }),
    ).rejects.toMatchObject({
      code: 'NOT_LOCAL_ENDPOINT',
      hint: expect.stringContaining('allowRemote'),
    })
    const saved = process.env.DYNAMODB_ENDPOINT
    delete process.env.DYNAMODB_ENDPOINT
    try {
      await expect(createTestTable({ models: [Team] })).rejects.toMatchObject({ code: 'NO_ENDPOINT' })
    } finally {
      if (saved !== undefined) process.env.DYNAMODB_ENDPOINT = saved
    }
  })
})
