import { DynamoClient, type Middleware } from '@dbtooling/dynamo-client'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type FaultProxy, startFaultProxy } from '../../../../tests/faults/fault-proxy'
import { createOrm } from '../../src/index'
import { localClient, localCredentials, localEndpoint, localRegion, uniqueTableName } from '../support'
import { Account, Note } from '../write-ops/support/fixtures'

// A versioned save whose answer is lost after DynamoDB applied it: the retry fails `_v = n` because of
// our own first attempt. The ORM proves that from the stored item (version n + 1 and every value we set)
// and reports success; a real conflict after an ambiguous attempt stays an AmbiguousOutcomeError.
let proxy: FaultProxy
let faulty: DynamoClient
const direct = localClient()
const table = uniqueTableName('ambiguous-save')
const attempts: string[] = []

// The fault hits exactly one attempt: the first UpdateItem that gets no answer turns the faults off.
const oneFault: Middleware = {
  name: 'one-fault',
  onResponse(event) {
    if (event.operation !== 'UpdateItem') return
    attempts.push(event.statusCode === undefined ? 'no answer' : String(event.statusCode))
    if (event.statusCode === undefined) proxy.setRates({})
  },
}

beforeAll(async () => {
  await createOrm({ models: [Account, Note], client: direct, design: { tableName: table } }).createTable()
  proxy = await startFaultProxy({ target: localEndpoint(), seed: 7, rates: {} })
  faulty = new DynamoClient({
    endpoint: proxy.endpoint,
    region: localRegion,
    credentials: localCredentials,
    maxRetries: 3,
    middleware: [oneFault],
  })
  createOrm({ models: [Account, Note], client: faulty, design: { tableName: table } })
})

afterAll(async () => {
  await direct.deleteTable({ TableName: table })
  await faulty.close()
  await proxy.close()
  await direct.close()
})

const stored = async (id: string) => {
  const { Item } = await direct.getItem({
    TableName: table,
    Key: { pk: { S: `ACCOUNT#${id}` }, sk: { S: `ACCOUNT#${id}` } },
  })
  return Item
}

describe('a versioned save after a lost answer', () => {
  it('is reported as done when the stored item proves the first attempt was ours', async () => {
    attempts.length = 0
    const account = await Account.create({ id: 'amb-1', email: 'amb-1@x.io' })
    expect(account.version).toBe(1)
    proxy.setRates({ dropAfterApply: 1 })
    account.note = 'saved'
    await account.save()
    expect(attempts).toEqual(['no answer', '400'])
    expect(account.version).toBe(2)
    const item = await stored('amb-1')
    expect(item?.note).toEqual({ S: 'saved' })
    expect(item?._v).toEqual({ N: '2' })
    // The instance stays usable: the next save expects version 2 and succeeds.
    account.note = 'again'
    await account.save()
    expect((await stored('amb-1'))?._v).toEqual({ N: '3' })
  })

  it('stays an AmbiguousOutcomeError when another writer changed the item', async () => {
    attempts.length = 0
    const account = await Account.create({ id: 'amb-2', email: 'amb-2@x.io' })
    // Another writer moves the item to version 2 with its own values.
    await direct.updateItem({
      TableName: table,
      Key: { pk: { S: 'ACCOUNT#amb-2' }, sk: { S: 'ACCOUNT#amb-2' } },
      UpdateExpression: 'SET note = :n, #v = :v',
      ExpressionAttributeNames: { '#v': '_v' },
      ExpressionAttributeValues: { ':n': { S: 'theirs' }, ':v': { N: '2' } },
    })
    // Our first attempt is lost before it arrives, so the retry's failure cannot be told from our own echo.
    proxy.setRates({ dropBeforeApply: 1 })
    account.note = 'saved'
    await expect(account.save()).rejects.toMatchObject({ code: 'AmbiguousOutcomeError' })
    expect(attempts).toEqual(['no answer', '400'])
    expect((await stored('amb-2'))?.note).toEqual({ S: 'theirs' })
  })
})
