import { describe, expect, it } from 'vitest'
import {
  DocumentClient,
  DynamoClient,
  InvalidInputError,
  OPERATION_NAMES,
  type OperationName,
} from '../../src/index'
import { inputShapeOf } from '../../src/validation/operation-shapes'
import { type CannedServer, useCannedServer } from '../support/canned-server'
import { MINIMAL } from '../support/minimal-inputs'

let server: CannedServer
let client: DynamoClient
let doc: DocumentClient
const clients: DynamoClient[] = []

useCannedServer((started) => {
  server = started
  client = new DynamoClient({
    endpoint: server.endpoint,
    region: 'eu-west-1',
    credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'secret' },
    maxRetries: 0,
  })
  clients.push(client)
  doc = new DocumentClient(client)
}, clients)

const key = { pk: { S: 'a' } }

/** Calls the exported method of an operation (`putItem` for PutItem), as a user would. */
function callMethod(operation: OperationName, input: unknown): Promise<unknown> {
  const method = `${operation[0]?.toLowerCase()}${operation.slice(1)}`
  const fn = (client as unknown as Record<string, (input: unknown) => Promise<unknown>>)[method]
  if (!fn) throw new Error(`no method ${method}`)
  return fn.call(client, input)
}

async function rejection(promise: Promise<unknown>): Promise<InvalidInputError> {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  )
  expect(error).toBeInstanceOf(InvalidInputError)
  return error as InvalidInputError
}

describe('every operation method checks its input shape before the network', () => {
  it.each(OPERATION_NAMES)('%s sends its minimal well-formed input', async (operation) => {
    await callMethod(operation, MINIMAL[operation])
    expect(server.requests).toHaveLength(1)
  })

  it.each(OPERATION_NAMES)(
    '%s rejects an unknown top-level key, naming it and the accepted keys',
    async (operation) => {
      const error = await rejection(callMethod(operation, { ...MINIMAL[operation], tableName: 'T' }))
      expect(error).toMatchObject({
        code: 'InvalidInputError',
        problem: 'unknown-key',
        key: 'tableName',
        subject: operation,
      })
      expect(error.hint).toContain(Object.keys(inputShapeOf(operation).rules)[0])
      expect(server.requests).toHaveLength(0)
    },
  )

  it.each(OPERATION_NAMES)('%s rejects each missing required key', async (operation) => {
    for (const required of inputShapeOf(operation).required) {
      const { [required]: _dropped, ...rest } = MINIMAL[operation]
      const error = await rejection(callMethod(operation, rest))
      expect(error).toMatchObject({ problem: 'missing-key', key: required })
      expect(error.message).toContain(required)
    }
    expect(server.requests).toHaveLength(0)
  })

  it.each(OPERATION_NAMES)('%s rejects a value of the wrong type under every key', async (operation) => {
    for (const name of Object.keys(inputShapeOf(operation).rules)) {
      const error = await rejection(callMethod(operation, { ...MINIMAL[operation], [name]: Symbol('wrong') }))
      expect(error.problem).toBe('wrong-type')
      expect(error.key).toBe(name)
      expect(error.hint).toMatch(new RegExp(`^"${name}" must be `))
    }
    expect(server.requests).toHaveLength(0)
  })

  it.each(OPERATION_NAMES)('%s rejects an input that is not an object', async (operation) => {
    const error = await rejection(callMethod(operation, ['TableName']))
    expect(error).toMatchObject({ problem: 'wrong-type', key: '(input)', expected: 'an object' })
  })
})

describe('nested shapes: batch requests and transaction items', () => {
  it('a batch write request with neither PutRequest nor DeleteRequest names its position', async () => {
    const input = { RequestItems: { T: [{ PutRequest: { Item: key } }, { Put: { Item: key } }] } }
    const error = await rejection(client.batchWriteItem(input as never))
    expect(error).toMatchObject({ problem: 'unknown-key', key: 'RequestItems.T[1].Put' })
    expect(error.hint).toContain('PutRequest, DeleteRequest')
  })

  it('a transaction item with a misspelt condition key is refused, not sent without its condition', async () => {
    const input = {
      TransactItems: [{ Put: { TableName: 'T', Item: key, ConditionExpresion: 'attribute_not_exists(pk)' } }],
    }
    const error = await rejection(client.transactWriteItems(input as never))
    expect(error).toMatchObject({ problem: 'unknown-key', key: 'TransactItems[0].Put.ConditionExpresion' })
    expect(server.requests).toHaveLength(0)
  })

  it('a transaction item holding two actions is refused', async () => {
    const both = { Put: { TableName: 'T', Item: key }, Delete: { TableName: 'T', Key: key } }
    const error = await rejection(client.transactWriteItems({ TransactItems: [both] } as never))
    expect(error).toMatchObject({ problem: 'wrong-type', key: 'TransactItems[0].Delete' })
  })

  it('an Update transaction item without UpdateExpression is refused', async () => {
    const input = { TransactItems: [{ Update: { TableName: 'T', Key: key } }] }
    const error = await rejection(client.transactWriteItems(input as never))
    expect(error).toMatchObject({ problem: 'missing-key', key: 'TransactItems[0].Update.UpdateExpression' })
  })

  it('a wrong enum value is refused with the allowed values', async () => {
    const error = await rejection(client.putItem({ TableName: 'T', Item: key, ReturnValues: 'ALL' as never }))
    expect(error.hint).toBe(
      `"ReturnValues" must be one of 'NONE', 'ALL_OLD', 'UPDATED_OLD', 'ALL_NEW', 'UPDATED_NEW'.`,
    )
  })

  it('keys whose value is undefined are ignored, as JSON drops them', async () => {
    await client.getItem({ TableName: 'T', Key: key, ConsistentRead: undefined })
    expect(server.requests).toHaveLength(1)
  })
})

describe('batch helpers: a wrong shape is an error, never { written: 0 }', () => {
  it('client.batchWriteAll without RequestItems', async () => {
    const error = await rejection(client.batchWriteAll({ T: [] } as never))
    expect(error).toMatchObject({ subject: 'batchWriteAll', problem: 'unknown-key', key: 'T' })
    const missing = await rejection(client.batchWriteAll({} as never))
    expect(missing).toMatchObject({ problem: 'missing-key', key: 'RequestItems' })
  })

  it('client.batchGetAll with Keys that is not an array', async () => {
    const error = await rejection(client.batchGetAll({ RequestItems: { T: { Keys: key } } } as never))
    expect(error).toMatchObject({ subject: 'batchGetAll', problem: 'wrong-type', key: 'RequestItems.T.Keys' })
  })

  it('DocumentClient.batchWriteAll({ tableName: [...] }) (the issue 26 example)', async () => {
    const error = await rejection(
      doc.batchWriteAll({ tableName: [{ PutRequest: { Item: { pk: 'a' } } }] } as never),
    )
    expect(error).toMatchObject({ subject: 'DocumentClient.batchWriteAll', key: 'tableName' })
    expect(server.requests).toHaveLength(0)
  })

  it('DocumentClient.batchGetAll without RequestItems', async () => {
    const error = await rejection(doc.batchGetAll({} as never))
    expect(error).toMatchObject({ subject: 'DocumentClient.batchGetAll', problem: 'missing-key' })
  })
})

describe('every DocumentClient method checks its input before marshalling', () => {
  const methods = [
    'get',
    'put',
    'update',
    'delete',
    'query',
    'scan',
    'batchGet',
    'batchWrite',
    'batchGetAll',
    'batchWriteAll',
    'transactGet',
    'transactWrite',
    'executeStatement',
    'batchExecuteStatement',
    'executeTransaction',
  ] as const

  it.each(methods)('DocumentClient.%s rejects a lower-case key and sends nothing', async (method) => {
    const call = doc[method] as (input: unknown) => Promise<unknown>
    const error = await rejection(call.call(doc, { tableName: 'T' }))
    expect(error.subject).toBe(`DocumentClient.${method}`)
    expect(error.key).toBe('tableName')
    expect(server.requests).toHaveLength(0)
  })

  it('paginateQuery and queryAll go through the same check', async () => {
    const pages = doc.queryAll({ TableName: 'T', KeyConditionExpresion: 'pk = :p' } as never)
    await rejection(pages.next())
  })
})

it('a ClientRequestToken longer than DynamoDB accepts (36) is refused before sending', async () => {
  const input = { ...MINIMAL.TransactWriteItems, ClientRequestToken: 'x'.repeat(37) }
  const error = await rejection(client.transactWriteItems(input as never))
  expect(error).toMatchObject({ key: 'ClientRequestToken', expected: 'a string of 1 to 36 characters' })
})
