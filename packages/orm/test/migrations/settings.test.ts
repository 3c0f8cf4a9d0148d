import { afterAll, describe, expect, it } from 'vitest'
import { createOrm, MigrationDestructiveError, migrate, migrateFresh, migrationStatus } from '../../src/index'
import { localClient, uniqueTableName } from '../support'
import { Team, Widget } from './fixtures'

const tableName = uniqueTableName('orm-migrate-settings')
const client = localClient()
const plain = createOrm({ models: [Team, Widget], client, design: { tableName }, setDefault: false })
const tuned = createOrm({
  models: [Team, Widget],
  client,
  design: {
    tableName,
    ttlAttribute: 'expiresAt',
    streams: { enabled: true, viewType: 'NEW_AND_OLD_IMAGES' },
    deletionProtection: true,
  },
  setDefault: false,
})

afterAll(() => migrateFresh(plain, { force: true }).then(() => plain.dropTable()))

describe('settings on DynamoDB Local', { timeout: 90_000 }, () => {
  it('turns TTL, streams and deletion protection on, one request each, and records the design', async () => {
    await migrate(plain)
    const result = await migrate(tuned)
    expect(result.plan.steps.map((step) => step.id)).toEqual([
      'update-streams',
      'update-ttl',
      'update-deletion-protection',
    ])
    const { Table } = await client.describeTable({ TableName: tableName })
    expect(Table?.StreamSpecification).toEqual({ StreamEnabled: true, StreamViewType: 'NEW_AND_OLD_IMAGES' })
    expect(Table?.DeletionProtectionEnabled).toBe(true)
    const ttl = await client.describeTimeToLive({ TableName: tableName })
    expect(ttl.TimeToLiveDescription).toMatchObject({
      TimeToLiveStatus: 'ENABLED',
      AttributeName: 'expiresAt',
    })
    expect((await migrationStatus(tuned)).pending.steps).toEqual([])
  })

  it('turns them off again when the config drops them', async () => {
    const result = await migrate(plain)
    expect(result.plan.steps.map((step) => step.id)).toEqual([
      'update-streams',
      'update-ttl',
      'update-deletion-protection',
    ])
    const { Table } = await client.describeTable({ TableName: tableName })
    expect(Table?.StreamSpecification?.StreamEnabled ?? false).toBe(false)
    expect(Table?.DeletionProtectionEnabled).toBe(false)
  })

  it('migrateFresh() needs force, then rebuilds the table from nothing (even with deletion protection on)', async () => {
    await migrate(tuned)
    await plain.doc.put({ TableName: tableName, Item: { pk: 'X', sk: 'X', _et: 'Widget' } })
    await expect(migrateFresh(tuned)).rejects.toBeInstanceOf(MigrationDestructiveError)
    const result = await migrateFresh(tuned, { force: true })
    expect(result.plan.steps.map((step) => step.id)).toEqual(['create-table', 'update-ttl'])
    const { Item } = await plain.doc.get({ TableName: tableName, Key: { pk: 'X', sk: 'X' } })
    expect(Item).toBeUndefined()
    const status = await migrationStatus(tuned)
    expect(status.history.map((entry) => entry.kind)).toEqual(['fresh'])
  })
})
