import type { DriverOrm } from '../orm-handle'
import { completeItem, type ItemCodec } from './complete-item'
import type { WireItem } from './module-types'

type Client = DriverOrm['client']
type Input<M extends keyof Client> = Client[M] extends (input: infer I, ...rest: never[]) => unknown
  ? I
  : never

interface PutLike {
  readonly Put?: { readonly Item: WireItem }
  readonly PutRequest?: { readonly Item: WireItem }
}

/**
 * The client bun-query-builder's DynamoDB module calls (`dynamo.setClient(...)`), backed by our
 * `@dbtooling/dynamo-client`: our signing, keep-alive transport, retries and typed errors. Puts get every
 * key the design derives; batch writes go through `batchWriteAll`, which retries unprocessed items.
 */
export function moduleClient(orm: DriverOrm, codec: ItemCodec) {
  const client = orm.client
  const complete = (item: WireItem) => completeItem(orm, codec, item)
  const completeAll = <T extends PutLike>(requests: readonly T[]): T[] =>
    requests.map((request) => {
      if (request.Put) return { ...request, Put: { ...request.Put, Item: complete(request.Put.Item) } }
      if (request.PutRequest) return { ...request, PutRequest: { Item: complete(request.PutRequest.Item) } }
      return request
    })
  return {
    query: (input: Input<'query'>) => client.query(input),
    scan: (input: Input<'scan'>) => client.scan(input),
    getItem: (input: Input<'getItem'>) => client.getItem(input),
    putItem: (input: Input<'putItem'>) =>
      client.putItem({ ...input, Item: complete(input.Item as WireItem) } as Input<'putItem'>),
    updateItem: (input: Input<'updateItem'>) => client.updateItem(input),
    deleteItem: (input: Input<'deleteItem'>) => client.deleteItem(input),
    batchGetItem: (input: Input<'batchGetItem'>) => client.batchGetItem(input),
    async batchWriteItem(input: Input<'batchWriteItem'>) {
      const requestItems = Object.fromEntries(
        Object.entries(input.RequestItems).map(([table, requests]) => [
          table,
          completeAll(requests as PutLike[]),
        ]),
      )
      await client.batchWriteAll({ ...input, RequestItems: requestItems } as Input<'batchWriteAll'>)
      return { UnprocessedItems: {} }
    },
    transactWriteItems: (input: Input<'transactWriteItems'>) =>
      client.transactWriteItems({
        ...input,
        TransactItems: completeAll(input.TransactItems as PutLike[]),
      } as Input<'transactWriteItems'>),
    describeTable: (tableName: string) => client.describeTable({ TableName: tableName }),
    deleteTable: (tableName: string) => client.deleteTable({ TableName: tableName }),
    describeTimeToLive: (tableName: string) => client.describeTimeToLive({ TableName: tableName }),
    createTable: (input: Input<'createTable'>) => client.createTable(input),
    updateTable: (input: Input<'updateTable'>) => client.updateTable(input),
    updateTimeToLive: (input: Input<'updateTimeToLive'>) => client.updateTimeToLive(input),
    listTables: (input: Input<'listTables'> = {}) => client.listTables(input),
  }
}
