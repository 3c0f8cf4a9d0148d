import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DuplicateItemError } from '../../src/index'
import { createTable, localClient, n, s, singleTableDefinition } from '../support/local-client'

const client = localClient()
let table = ''

beforeAll(async () => {
  const definition = singleTableDefinition('partiql')
  definition.StreamSpecification = { StreamEnabled: true, StreamViewType: 'NEW_AND_OLD_IMAGES' }
  table = await createTable(client, definition)
})

afterAll(async () => {
  await client.deleteTable({ TableName: table })
  await client.close()
})

describe('PartiQL against DynamoDB Local', () => {
  it('inserts and selects with parameters', async () => {
    await client.executeStatement({
      Statement: `INSERT INTO "${table}" VALUE {'pk': ?, 'sk': ?, 'n': ?}`,
      Parameters: [s('P#1'), s('P#1'), n(5)],
    })
    const out = await client.executeStatement({
      Statement: `SELECT * FROM "${table}" WHERE pk = ?`,
      Parameters: [s('P#1')],
    })
    expect(out.Items).toEqual([{ pk: s('P#1'), sk: s('P#1'), n: n(5) }])
  })

  it('a duplicate INSERT is a DuplicateItemError', async () => {
    await expect(
      client.executeStatement({
        Statement: `INSERT INTO "${table}" VALUE {'pk': ?, 'sk': ?}`,
        Parameters: [s('P#1'), s('P#1')],
      }),
    ).rejects.toBeInstanceOf(DuplicateItemError)
  })

  it('batchExecuteStatement reports per-statement results', async () => {
    const out = await client.batchExecuteStatement({
      Statements: [
        { Statement: `INSERT INTO "${table}" VALUE {'pk': ?, 'sk': ?}`, Parameters: [s('P#2'), s('P#2')] },
        { Statement: `INSERT INTO "${table}" VALUE {'pk': ?, 'sk': ?}`, Parameters: [s('P#1'), s('P#1')] },
      ],
    })
    expect(out.Responses?.[0]?.Error).toBeUndefined()
    expect(out.Responses?.[1]?.Error?.Code).toBe('DuplicateItem')
  })

  it('executeTransaction runs statements atomically', async () => {
    await client.executeTransaction({
      TransactStatements: [
        {
          Statement: `UPDATE "${table}" SET n = n + ? WHERE pk = ? AND sk = ?`,
          Parameters: [n(1), s('P#1'), s('P#1')],
        },
        { Statement: `INSERT INTO "${table}" VALUE {'pk': ?, 'sk': ?}`, Parameters: [s('P#3'), s('P#3')] },
      ],
    })
    const out = await client.getItem({ TableName: table, Key: { pk: s('P#1'), sk: s('P#1') } })
    expect(out.Item?.n).toEqual(n(6))
  })
})

describe('DynamoDB Streams against DynamoDB Local', () => {
  it('lists, describes and reads the table stream', async () => {
    await client.putItem({ TableName: table, Item: { pk: s('S#1'), sk: s('S#1') } })
    const streams = await client.listStreams({ TableName: table })
    const arn = streams.Streams?.[0]?.StreamArn ?? ''
    expect(arn).toContain(table)
    const described = await client.describeStream({ StreamArn: arn })
    expect(described.StreamDescription?.StreamViewType).toBe('NEW_AND_OLD_IMAGES')
    const shardId = described.StreamDescription?.Shards?.[0]?.ShardId ?? ''
    const iterator = await client.getShardIterator({
      StreamArn: arn,
      ShardId: shardId,
      ShardIteratorType: 'TRIM_HORIZON',
    })
    const records = await client.getRecords({ ShardIterator: iterator.ShardIterator ?? '' })
    const inserted = records.Records?.find(
      (record) => JSON.stringify(record.dynamodb?.Keys?.pk) === JSON.stringify(s('S#1')),
    )
    expect(inserted?.eventName).toBe('INSERT')
    expect(inserted?.dynamodb?.NewImage).toEqual({ pk: s('S#1'), sk: s('S#1') })
  })
})
