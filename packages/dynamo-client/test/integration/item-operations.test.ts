import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ConditionalCheckFailedError, createRequestCounter, ValidationError } from '../../src/index'
import { createTable, localClient, n, s, singleTableDefinition } from '../support/local-client'

const client = localClient()
let table = ''

beforeAll(async () => {
  table = await createTable(client, singleTableDefinition('items'))
})

afterAll(async () => {
  await client.deleteTable({ TableName: table }).catch(() => undefined)
  await client.close()
})

describe('item operations against DynamoDB Local', () => {
  it('puts and gets an item with every attribute type', async () => {
    const item = {
      pk: s('USER#1'),
      sk: s('USER#1'),
      name: s('Ada'),
      age: n(36),
      active: { BOOL: true },
      nothing: { NULL: true as const },
      tags: { SS: ['a', 'b'] },
      scores: { NS: ['1', '2.5'] },
      blob: { B: 'AAEC' },
      profile: { M: { city: s('London'), langs: { L: [s('en'), n(1)] } } },
    }
    await client.putItem({ TableName: table, Item: item })
    const { Item } = await client.getItem({
      TableName: table,
      Key: { pk: s('USER#1'), sk: s('USER#1') },
      ConsistentRead: true,
    })
    expect(Item).toEqual(item)
  })

  it('sends Uint8Array binary values as base64', async () => {
    await client.putItem({
      TableName: table,
      Item: { pk: s('BIN'), sk: s('BIN'), data: { B: new Uint8Array([0, 1, 2, 255]) } },
    })
    const { Item } = await client.getItem({ TableName: table, Key: { pk: s('BIN'), sk: s('BIN') } })
    expect(Item?.data).toEqual({ B: Buffer.from([0, 1, 2, 255]).toString('base64') })
  })

  it('updates with an expression and returns the new values', async () => {
    const out = await client.updateItem({
      TableName: table,
      Key: { pk: s('USER#1'), sk: s('USER#1') },
      UpdateExpression: 'SET #age = #age + :one, #p.#c = :city',
      ExpressionAttributeNames: { '#age': 'age', '#p': 'profile', '#c': 'city' },
      ExpressionAttributeValues: { ':one': n(1), ':city': s('Paris') },
      ReturnValues: 'UPDATED_NEW',
    })
    expect(out.Attributes?.age).toEqual(n(37))
    expect(out.Attributes?.profile).toMatchObject({ M: { city: s('Paris') } })
  })

  it('throws ConditionalCheckFailedError carrying the old item with ReturnValuesOnConditionCheckFailure', async () => {
    const error = await client
      .putItem({
        TableName: table,
        Item: { pk: s('USER#1'), sk: s('USER#1') },
        ConditionExpression: 'attribute_not_exists(pk)',
        ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
      })
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ConditionalCheckFailedError)
    const failed = error as ConditionalCheckFailedError
    expect(failed.name).toBe('ConditionalCheckFailedException')
    expect(failed.code).toBe('ConditionalCheckFailedException')
    expect(failed.statusCode).toBe(400)
    expect(failed.retryable).toBe(false)
    expect(failed.operation).toBe('PutItem')
    expect(failed.tableName).toBe(table)
    expect(failed.hint).toMatch(/condition/i)
    expect(failed.item?.name).toEqual(s('Ada'))
  })

  it('maps a malformed request to ValidationError', async () => {
    const error = await client.getItem({ TableName: table, Key: { pk: s('x') } }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ValidationError)
    expect((error as ValidationError).message).toMatch(/key/i)
  })

  it('deletes with ReturnValues ALL_OLD', async () => {
    await client.putItem({ TableName: table, Item: { pk: s('DEL'), sk: s('DEL'), v: n(1) } })
    const out = await client.deleteItem({
      TableName: table,
      Key: { pk: s('DEL'), sk: s('DEL') },
      ReturnValues: 'ALL_OLD',
    })
    expect(out.Attributes?.v).toEqual(n(1))
    const after = await client.getItem({ TableName: table, Key: { pk: s('DEL'), sk: s('DEL') } })
    expect(after.Item).toBeUndefined()
  })

  it('queries a partition with a key condition, one request per call', async () => {
    const counter = createRequestCounter()
    const stop = client.use(counter)
    for (let i = 0; i < 5; i++) {
      await client.putItem({ TableName: table, Item: { pk: s('TEAM#1'), sk: s(`USER#${i}`), i: n(i) } })
    }
    const out = await client.query({
      TableName: table,
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
      ExpressionAttributeValues: { ':pk': s('TEAM#1'), ':prefix': s('USER#') },
      ScanIndexForward: false,
    })
    stop()
    expect(out.Count).toBe(5)
    expect(out.Items?.map((item) => item.i)).toEqual([n(4), n(3), n(2), n(1), n(0)])
    expect(counter.count('Query')).toBe(1)
    expect(counter.count('PutItem')).toBe(5)
    expect(counter.tables[table]).toBe(6)
  })

  it('accounts consumed capacity per table and operation when asked', async () => {
    const accounting = localClient({ returnConsumedCapacity: true })
    await accounting.putItem({ TableName: table, Item: { pk: s('CAP'), sk: s('CAP') } })
    await accounting.getItem({ TableName: table, Key: { pk: s('CAP'), sk: s('CAP') } })
    const writes = accounting.capacity.total({ table, operation: 'PutItem' })
    const reads = accounting.capacity.total({ table, operation: 'GetItem' })
    expect(writes.writeCapacityUnits).toBeGreaterThan(0)
    expect(reads.readCapacityUnits).toBeGreaterThan(0)
    expect(accounting.capacity.total().responses).toBe(2)
    await accounting.close()
  })
})
