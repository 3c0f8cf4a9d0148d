import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { isTransactionCanceled, type TransactionCanceledError } from '../../src/index'
import { createTable, localClient, n, s, singleTableDefinition } from '../support/local-client'

const client = localClient()
let table = ''

beforeAll(async () => {
  table = await createTable(client, singleTableDefinition('tx'))
})

afterAll(async () => {
  await client.deleteTable({ TableName: table })
  await client.close()
})

describe('transactions against DynamoDB Local', () => {
  it('writes several items atomically and reads them back in one TransactGetItems', async () => {
    await client.transactWriteItems({
      TransactItems: [
        {
          Put: {
            TableName: table,
            Item: { pk: s('USER#1'), sk: s('USER#1'), email: s('a@x.io') },
            ConditionExpression: 'attribute_not_exists(pk)',
          },
        },
        {
          Put: {
            TableName: table,
            Item: { pk: s('UNIQUE#email#a@x.io'), sk: s('UNIQUE') },
            ConditionExpression: 'attribute_not_exists(pk)',
          },
        },
        {
          Update: {
            TableName: table,
            Key: { pk: s('COUNTER'), sk: s('USERS') },
            UpdateExpression: 'ADD #c :one',
            ExpressionAttributeNames: { '#c': 'count' },
            ExpressionAttributeValues: { ':one': n(1) },
          },
        },
      ],
    })
    const out = await client.transactGetItems({
      TransactItems: [
        { Get: { TableName: table, Key: { pk: s('USER#1'), sk: s('USER#1') } } },
        { Get: { TableName: table, Key: { pk: s('COUNTER'), sk: s('USERS') } } },
        { Get: { TableName: table, Key: { pk: s('MISSING'), sk: s('MISSING') } } },
      ],
    })
    expect(out.Responses?.[0]?.Item?.email).toEqual(s('a@x.io'))
    expect(out.Responses?.[1]?.Item?.count).toEqual(n(1))
    expect(out.Responses?.[2]?.Item).toBeUndefined()
  })

  it('a failed condition cancels the transaction with per-item reasons and the old item', async () => {
    const error = await client
      .transactWriteItems({
        TransactItems: [
          { Put: { TableName: table, Item: { pk: s('USER#2'), sk: s('USER#2') } } },
          {
            Put: {
              TableName: table,
              Item: { pk: s('UNIQUE#email#a@x.io'), sk: s('UNIQUE') },
              ConditionExpression: 'attribute_not_exists(pk)',
              ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
            },
          },
        ],
      })
      .catch((e: unknown) => e)
    expect(isTransactionCanceled(error)).toBe(true)
    const canceled = error as TransactionCanceledError
    expect(canceled.name).toBe('TransactionCanceledException')
    expect(canceled.reasons.map((r) => r.code)).toEqual(['None', 'ConditionalCheckFailed'])
    expect(canceled.failed).toHaveLength(1)
    expect(canceled.failed[0]?.index).toBe(1)
    expect(canceled.reasons[1]?.item).toEqual({ pk: s('UNIQUE#email#a@x.io'), sk: s('UNIQUE') })
    expect(canceled.hint).toMatch(/ConditionalCheckFailed/)
    // Nothing from the cancelled transaction was written.
    const user2 = await client.getItem({ TableName: table, Key: { pk: s('USER#2'), sk: s('USER#2') } })
    expect(user2.Item).toBeUndefined()
  })

  it('a caller-supplied ClientRequestToken is kept', async () => {
    const TransactItems = [{ Put: { TableName: table, Item: { pk: s('IDEM'), sk: s('IDEM') } } }]
    // Tokens are account-wide for 10 minutes: a fixed one would clash with the previous run's table.
    const ClientRequestToken = crypto.randomUUID()
    await client.transactWriteItems({ TransactItems, ClientRequestToken })
    await client.transactWriteItems({ TransactItems, ClientRequestToken })
    const out = await client.getItem({ TableName: table, Key: { pk: s('IDEM'), sk: s('IDEM') } })
    expect(out.Item).toBeDefined()
  })
})
