import type { DynamoClient, InputOf, OperationName, OutputOf, SendOptions } from '@dbtooling/dynamo-client'
import { WrappedClient } from '../client/wrapped-client'
import type { UpdateEncryptor } from './encrypt-update'
import type { FieldCipher, WireItem } from './field-cipher'

type Io = Record<string, unknown>

/**
 * The ORM's client when encryption is on: every request is rewritten before it reaches the wrapped
 * client (its middleware, retries and coalescing see ciphertext only), and every item that comes back is
 * decrypted. Item-bearing operations: Put/Update/Delete, TransactWrite, BatchWrite (unprocessed items come
 * back decrypted, so a retry seals them afresh), Get, Query, Scan, BatchGet, TransactGet.
 */
export class EncryptingClient extends WrappedClient {
  readonly cipher: FieldCipher
  readonly #updates: UpdateEncryptor

  constructor(inner: DynamoClient, cipher: FieldCipher, updates: UpdateEncryptor) {
    super(inner)
    this.cipher = cipher
    this.#updates = updates
  }

  override send<Op extends OperationName>(
    operation: Op,
    input: InputOf<Op>,
    options?: SendOptions,
  ): Promise<OutputOf<Op>> {
    return this.#send(operation, input as unknown as Io, options) as Promise<OutputOf<Op>>
  }

  async #send(operation: OperationName, input: Io, options?: SendOptions): Promise<Io> {
    const request = await this.#request(operation, input)
    const output = (await this.inner.send(operation, request as never, options)) as unknown as Io
    return this.#response(operation, output)
  }

  #request(operation: OperationName, input: Io): Promise<Io> | Io {
    const cipher = this.cipher
    switch (operation) {
      case 'PutItem':
        return withField(input, 'Item', (item) => cipher.encryptItem(item as WireItem))
      case 'UpdateItem':
        return this.#updates.encrypt(input as never)
      case 'TransactWriteItems':
        return withList(input, 'TransactItems', (entry) => this.#transactItem(entry))
      case 'BatchWriteItem':
        return withField(input, 'RequestItems', (tables) =>
          mapBatchWrites(tables, (item) => cipher.encryptItem(item)),
        )
      default:
        return input
    }
  }

  async #transactItem(entry: Io): Promise<Io> {
    if (entry.Put)
      return {
        ...entry,
        Put: await withField(entry.Put as Io, 'Item', (item) => this.cipher.encryptItem(item as WireItem)),
      }
    if (entry.Update) return { ...entry, Update: await this.#updates.encrypt(entry.Update as never) }
    return entry
  }

  #response(operation: OperationName, output: Io): Promise<Io> | Io {
    const open = (item: unknown) => this.cipher.decryptItem(item as WireItem)
    switch (operation) {
      case 'GetItem':
        return withField(output, 'Item', open)
      case 'PutItem':
      case 'UpdateItem':
      case 'DeleteItem':
        return withField(output, 'Attributes', open)
      case 'Query':
      case 'Scan':
        return withList(output, 'Items', open)
      case 'BatchGetItem':
        return withField(output, 'Responses', (tables) => mapTables(tables, open))
      case 'TransactGetItems':
        return withList(output, 'Responses', (entry) => withField(entry, 'Item', open))
      case 'BatchWriteItem':
        return withField(output, 'UnprocessedItems', (tables) => mapBatchWrites(tables, open))
      default:
        return output
    }
  }
}

async function withField(object: Io, field: string, map: (value: Io) => Promise<unknown>): Promise<Io> {
  const value = object[field]
  if (value === undefined || value === null) return object
  return { ...object, [field]: await map(value as Io) }
}

async function withList(object: Io, field: string, map: (value: Io) => Promise<unknown>): Promise<Io> {
  const list = object[field]
  if (!Array.isArray(list)) return object
  return { ...object, [field]: await Promise.all(list.map((entry: Io) => map(entry))) }
}

async function mapTables(tables: Io, map: (item: unknown) => Promise<unknown>): Promise<Io> {
  const out: Io = {}
  for (const [table, items] of Object.entries(tables))
    out[table] = await Promise.all((items as unknown[]).map(map))
  return out
}

async function mapBatchWrites(tables: Io, map: (item: WireItem) => Promise<WireItem>): Promise<Io> {
  const out: Io = {}
  for (const [table, requests] of Object.entries(tables)) {
    out[table] = await Promise.all(
      (requests as Io[]).map(async (request) => {
        const put = request.PutRequest as { Item?: WireItem } | undefined
        return put?.Item ? { ...request, PutRequest: { ...put, Item: await map(put.Item) } } : request
      }),
    )
  }
  return out
}
