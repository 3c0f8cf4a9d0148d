import { afterAll, describe, expect, it } from 'vitest'
import { ResourceInUseError, ResourceNotFoundError } from '../../src/index'
import { localClient, singleTableDefinition } from '../support/local-client'

const client = localClient()
const definition = singleTableDefinition('tables')
const table = definition.TableName

afterAll(async () => {
  await client.deleteTable({ TableName: table }).catch(() => undefined)
  await client.close()
})

describe('table lifecycle against DynamoDB Local', () => {
  it('creates a table with a GSI and waits for it', async () => {
    const created = await client.createTable({
      ...definition,
      AttributeDefinitions: [
        ...definition.AttributeDefinitions,
        { AttributeName: 'gsi1pk', AttributeType: 'S' },
      ],
      GlobalSecondaryIndexes: [
        {
          IndexName: 'gsi1',
          KeySchema: [
            { AttributeName: 'gsi1pk', KeyType: 'HASH' },
            { AttributeName: 'sk', KeyType: 'RANGE' },
          ],
          Projection: { ProjectionType: 'ALL' },
        },
      ],
    })
    expect(created.TableDescription?.TableName).toBe(table)
    const active = await client.waitForTableActive(table, { intervalMs: 50 })
    expect(active.TableStatus).toBe('ACTIVE')
    expect(active.GlobalSecondaryIndexes?.map((index) => index.IndexName)).toEqual(['gsi1'])
    expect(await client.listAllTables()).toContain(table)
  })

  it('refuses to create the same table twice with ResourceInUseError', async () => {
    await expect(client.createTable(definition)).rejects.toBeInstanceOf(ResourceInUseError)
  })

  it('adds a GSI with UpdateTable, waits for it, then deletes it', async () => {
    await client.updateTable({
      TableName: table,
      AttributeDefinitions: [{ AttributeName: 'gsi2pk', AttributeType: 'S' }],
      GlobalSecondaryIndexUpdates: [
        {
          Create: {
            IndexName: 'gsi2',
            KeySchema: [{ AttributeName: 'gsi2pk', KeyType: 'HASH' }],
            Projection: { ProjectionType: 'KEYS_ONLY' },
          },
        },
      ],
    })
    const index = await client.waitForIndexActive(table, 'gsi2', { intervalMs: 50 })
    expect(index.IndexStatus).toBe('ACTIVE')
    expect(index.Projection?.ProjectionType).toBe('KEYS_ONLY')

    await client.updateTable({
      TableName: table,
      GlobalSecondaryIndexUpdates: [{ Delete: { IndexName: 'gsi2' } }],
    })
    const after = await client.waitForTableActive(table, { intervalMs: 50 })
    expect(after.GlobalSecondaryIndexes?.map((gsi) => gsi.IndexName)).toEqual(['gsi1'])
  })

  it('turns TTL on and reads it back', async () => {
    const updated = await client.updateTimeToLive({
      TableName: table,
      TimeToLiveSpecification: { Enabled: true, AttributeName: 'ttl' },
    })
    expect(updated.TimeToLiveSpecification).toEqual({ Enabled: true, AttributeName: 'ttl' })
    const described = await client.describeTimeToLive({ TableName: table })
    expect(described.TimeToLiveDescription).toEqual({ TimeToLiveStatus: 'ENABLED', AttributeName: 'ttl' })
  })

  it('tags are not implemented by DynamoDB Local: the typed error says so', async () => {
    const arn = (await client.describeTable({ TableName: table })).Table?.TableArn ?? ''
    const error = await client
      .tagResource({ ResourceArn: arn, Tags: [{ Key: 'team', Value: 'a' }] })
      .catch((e: unknown) => e)
    expect(error).toMatchObject({ code: 'UnknownOperationException' })
    expect((error as { hint: string }).hint).toMatch(/DynamoDB Local/)
  })

  it('deletes the table and waits until it is gone', async () => {
    await client.deleteTable({ TableName: table })
    await client.waitForTableDeleted(table, { intervalMs: 50 })
    await expect(client.describeTable({ TableName: table })).rejects.toBeInstanceOf(ResourceNotFoundError)
  })
})
