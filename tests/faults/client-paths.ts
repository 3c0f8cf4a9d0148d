import {
  type AttributeMap,
  DocumentClient,
  type DynamoClient,
  type WriteRequest,
} from '../../packages/dynamo-client/src/index'
import { account, type PathResult, runAll } from './accounting'

export interface PathContext {
  /** A client whose endpoint is the fault proxy. */
  faulty: DynamoClient
  /** A client straight to DynamoDB Local, for seeding and reading back. */
  direct: DynamoClient
  table: string
  /** Operations per path. */
  count: number
  /** Makes this run's keys unique (one partition per path and run). */
  tag: string
}

export interface WritePath {
  readonly name: string
  run(ctx: PathContext): Promise<PathResult>
}

const CONCURRENCY = 8
const s = (value: string) => ({ S: value })

function partition(ctx: PathContext, path: string): string {
  return `${ctx.tag}#${path}`
}

/** Items of a partition, read with consistent reads straight from DynamoDB Local. */
async function itemsOf(ctx: PathContext, pk: string): Promise<AttributeMap[]> {
  const items: AttributeMap[] = []
  for await (const page of ctx.direct.paginateQuery({
    TableName: ctx.table,
    KeyConditionExpression: 'pk = :pk',
    ExpressionAttributeValues: { ':pk': s(pk) },
    ConsistentRead: true,
  })) {
    items.push(...(page.Items ?? []))
  }
  return items
}

/** Distinct items `0..count-1` present with the value they were written with. */
async function countWritten(ctx: PathContext, pk: string): Promise<number> {
  const items = await itemsOf(ctx, pk)
  return items.filter((item) => textOf(item.v) !== undefined && textOf(item.v) === textOf(item.sk)).length
}

function textOf(value: AttributeMap[string] | undefined): string | undefined {
  return value && 'S' in value ? value.S : undefined
}

async function counterValue(ctx: PathContext, pk: string): Promise<number> {
  const out = await ctx.direct.getItem({
    TableName: ctx.table,
    Key: { pk: s(pk), sk: s('counter') },
    ConsistentRead: true,
  })
  const value = out.Item?.c
  return value && 'N' in value ? Number(value.N) : 0
}

const item = (pk: string, index: number) => ({ pk: s(pk), sk: s(`item-${index}`), v: s(`item-${index}`) })

function itemsPath(
  name: string,
  write: (ctx: PathContext, pk: string) => Promise<Record<string, number>>,
): WritePath {
  return {
    name,
    async run(ctx) {
      const pk = partition(ctx, name)
      const errors = await write(ctx, pk)
      return account(name, ctx.count, await countWritten(ctx, pk), errors)
    },
  }
}

function counterPath(
  name: string,
  increment: (ctx: PathContext, pk: string, index: number) => Promise<unknown>,
): WritePath {
  return {
    name,
    async run(ctx) {
      const pk = partition(ctx, name)
      const errors = await runAll(ctx.count, CONCURRENCY, (index) => increment(ctx, pk, index))
      return account(name, ctx.count, await counterValue(ctx, pk), errors)
    },
  }
}

const ADD_ONE = {
  UpdateExpression: 'ADD c :one',
  ExpressionAttributeValues: { ':one': { N: '1' } },
}

/** Every write path of the client and its document layer. */
export const CLIENT_PATHS: readonly WritePath[] = [
  itemsPath('client.batchWriteAll', async (ctx, pk) => {
    const writes: WriteRequest[] = Array.from({ length: ctx.count }, (_, i) => ({
      PutRequest: { Item: item(pk, i) },
    }))
    return runAll(1, 1, () => ctx.faulty.batchWriteAll({ RequestItems: { [ctx.table]: writes } }))
  }),
  itemsPath('document.batchWriteAll', async (ctx, pk) => {
    const doc = new DocumentClient(ctx.faulty)
    const writes = Array.from({ length: ctx.count }, (_, i) => ({
      PutRequest: { Item: { pk, sk: `item-${i}`, v: `item-${i}` } },
    }))
    return runAll(1, 1, () => doc.batchWriteAll({ RequestItems: { [ctx.table]: writes } }))
  }),
  itemsPath('client.putItem', (ctx, pk) =>
    runAll(ctx.count, CONCURRENCY, (i) => ctx.faulty.putItem({ TableName: ctx.table, Item: item(pk, i) })),
  ),
  itemsPath('client.putItem if not exists', (ctx, pk) =>
    runAll(ctx.count, CONCURRENCY, (i) =>
      ctx.faulty.putItem({
        TableName: ctx.table,
        Item: item(pk, i),
        ConditionExpression: 'attribute_not_exists(pk)',
      }),
    ),
  ),
  itemsPath('document.put', (ctx, pk) => {
    const doc = new DocumentClient(ctx.faulty)
    return runAll(ctx.count, CONCURRENCY, (i) =>
      doc.put({ TableName: ctx.table, Item: { pk, sk: `item-${i}`, v: `item-${i}` } }),
    )
  }),
  {
    name: 'client.deleteItem',
    async run(ctx) {
      const pk = partition(ctx, 'client.deleteItem')
      const seed = Array.from({ length: ctx.count }, (_, i) => ({ PutRequest: { Item: item(pk, i) } }))
      await ctx.direct.batchWriteAll({ RequestItems: { [ctx.table]: seed } })
      const errors = await runAll(ctx.count, CONCURRENCY, (i) =>
        ctx.faulty.deleteItem({
          TableName: ctx.table,
          Key: { pk: s(pk), sk: s(`item-${i}`) },
          ConditionExpression: 'attribute_exists(pk)',
        }),
      )
      const deleted = ctx.count - (await itemsOf(ctx, pk)).length
      return account('client.deleteItem', ctx.count, deleted, errors)
    },
  },
  {
    name: 'client.transactWriteItems',
    async run(ctx) {
      const pk = partition(ctx, 'client.transactWriteItems')
      const errors = await runAll(ctx.count, CONCURRENCY, (i) =>
        ctx.faulty.transactWriteItems({
          TransactItems: [
            {
              Put: {
                TableName: ctx.table,
                Item: item(pk, i),
                ConditionExpression: 'attribute_not_exists(pk)',
              },
            },
            { Update: { TableName: ctx.table, Key: { pk: s(pk), sk: s('counter') }, ...ADD_ONE } },
          ],
        }),
      )
      const items = await countWritten(ctx, pk)
      const counter = await counterValue(ctx, pk)
      // Both halves must agree with the calls made: a lost or doubled transaction shows in either.
      return account('client.transactWriteItems', ctx.count * 2, items + counter, errors)
    },
  },
  counterPath('client.updateItem ADD (idempotent)', (ctx, pk) =>
    ctx.faulty.updateItem(
      { TableName: ctx.table, Key: { pk: s(pk), sk: s('counter') }, ...ADD_ONE },
      { idempotent: true },
    ),
  ),
  counterPath('document.update ADD (idempotent)', (ctx, pk) =>
    new DocumentClient(ctx.faulty).update(
      {
        TableName: ctx.table,
        Key: { pk, sk: 'counter' },
        UpdateExpression: 'ADD c :one',
        ExpressionAttributeValues: { ':one': 1 },
      },
      { idempotent: true },
    ),
  ),
]

/** The one documented exception: a plain ADD retried after a lost answer is applied twice. */
export const NON_IDEMPOTENT_COUNTER: WritePath = counterPath('client.updateItem ADD (default)', (ctx, pk) =>
  ctx.faulty.updateItem({ TableName: ctx.table, Key: { pk: s(pk), sk: s('counter') }, ...ADD_ONE }),
)
