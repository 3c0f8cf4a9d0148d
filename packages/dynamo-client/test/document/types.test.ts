import { describe, expectTypeOf, it } from 'vitest'
import type { DynamoClient } from '../../src/client/dynamo-client'
import { DocumentClient, type LowLevelSender, type NumberValue, unmarshall } from '../../src/document/index'
import type { Condition, UpdateAction } from '../../src/expressions/index'
import { and, buildExpressions, eq, set } from '../../src/expressions/index'

interface User {
  pk: string
  sk: string
  name: string
  visits: number
}

const sender: LowLevelSender = { send: async () => ({}) }
const client = new DocumentClient(sender)

describe('document layer types (checked by tsc)', () => {
  it('DynamoClient satisfies LowLevelSender structurally', () => {
    expectTypeOf<DynamoClient>().toMatchTypeOf<LowLevelSender>()
  })

  it('types items by the generic parameter', async () => {
    const got = await client.get<User>({ TableName: 't', Key: { pk: 'a', sk: 'b' } })
    expectTypeOf(got.Item).toEqualTypeOf<User | undefined>()
    const page = await client.query<User>({ TableName: 't' })
    expectTypeOf(page.Items).toEqualTypeOf<User[] | undefined>()
    expectTypeOf(client.queryAll<User>({ TableName: 't' })).toEqualTypeOf<AsyncGenerator<User>>()
    const all = await client.batchGetAll<User>({ RequestItems: {} })
    expectTypeOf(all.Responses).toEqualTypeOf<Record<string, User[]>>()
  })

  it('infers put attributes from the item and accepts interfaces', async () => {
    const user: User = { pk: 'a', sk: 'b', name: 'n', visits: 1 }
    const out = await client.put({ TableName: 't', Item: user, ReturnValues: 'ALL_OLD' })
    expectTypeOf(out.Attributes).toEqualTypeOf<User | undefined>()
  })

  it('accepts keys and values typed by interfaces', async () => {
    interface UserKey {
      pk: string
      sk: string
    }
    const key: UserKey = { pk: 'a', sk: 'b' }
    await client.get<User>({ TableName: 't', Key: key })
    await client.batchGet({ RequestItems: { t: { Keys: [key] } } })
    await client.batchWrite({ RequestItems: { t: [{ DeleteRequest: { Key: key } }] } })
    await client.transactWrite({ TransactItems: [{ Delete: { TableName: 't', Key: key } }] })
    const out = await client.batchGet({ RequestItems: { t: { Keys: [key] } } })
    expectTypeOf(out.UnprocessedKeys?.t?.Keys).toEqualTypeOf<Record<string, unknown>[] | undefined>()
  })

  it('defaults to records of unknown, never any', async () => {
    const got = await client.get({ TableName: 't', Key: { pk: 'a' } })
    expectTypeOf(got.Item).toEqualTypeOf<Record<string, unknown> | undefined>()
    expectTypeOf(unmarshall({})).toEqualTypeOf<Record<string, unknown>>()
  })

  it('spreads expression fragments into requests', async () => {
    const condition: Condition = and(eq('a', 1), eq('b', 2))
    const update: UpdateAction[] = [set('c', 3)]
    await client.update({ TableName: 't', Key: { pk: 'a' }, ...buildExpressions({ condition, update }) })
    expectTypeOf<NumberValue['value']>().toEqualTypeOf<string>()
  })
})
