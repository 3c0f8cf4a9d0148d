import type { OperationName } from '@dbtooling/dynamo-client'
import { UpdateEncryptor } from './encrypt-update'
import type { EntityResolver } from './entity-resolver'
import type { FieldCipher, WireItem } from './field-cipher'
import { checkPartiql } from './partiql-guard'
import { type ConditionedWrite, checkCondition, checkFilter, sealItem } from './write-guard'

type Io = Record<string, unknown>

/**
 * What EncryptingClient does to each request and answer: seals item-bearing requests (refusing what
 * cannot be sealed) and opens the items that come back. Loaded on the first request of an ORM with
 * field encryption (load-runtimes.ts), so a process without it never compiles the sealing code.
 */
export class RequestSealer {
  readonly cipher: FieldCipher
  readonly resolver: EntityResolver
  readonly #updates: UpdateEncryptor

  constructor(cipher: FieldCipher, resolver: EntityResolver) {
    this.cipher = cipher
    this.resolver = resolver
    this.#updates = new UpdateEncryptor(resolver, cipher)
  }

  request(operation: OperationName, input: Io): Promise<Io> | Io {
    const seal = (item: WireItem) => sealItem(this.resolver, this.cipher, operation, item)
    switch (operation) {
      case 'PutItem':
        this.#checkCondition(input, this.resolver.ofItem((input.Item ?? {}) as WireItem))
        return withField(input, 'Item', (item) => seal(item as WireItem))
      case 'UpdateItem':
      case 'DeleteItem':
        this.#checkCondition(input, this.resolver.ofKey((input.Key ?? {}) as WireItem))
        return operation === 'UpdateItem' ? this.#updates.encrypt(input as never) : input
      case 'TransactWriteItems':
        return withList(input, 'TransactItems', (entry) => this.#transactItem(entry))
      case 'BatchWriteItem':
        return withField(input, 'RequestItems', (tables) => mapBatchWrites(tables, seal))
      case 'Query':
      case 'Scan':
        checkFilter(this.resolver, input)
        return input
      case 'ExecuteStatement':
        checkPartiql(operation, [input], this.resolver.encryptedNames)
        return input
      case 'BatchExecuteStatement':
      case 'ExecuteTransaction': {
        const list =
          (operation === 'BatchExecuteStatement' ? input.Statements : input.TransactStatements) ?? []
        checkPartiql(operation, list as Io[], this.resolver.encryptedNames)
        return input
      }
      default:
        return input
    }
  }

  async #transactItem(entry: Io): Promise<Io> {
    const put = entry.Put as Io | undefined
    if (put) {
      this.#checkCondition(put, this.resolver.ofItem((put.Item ?? {}) as WireItem))
      const seal = (item: Io) => sealItem(this.resolver, this.cipher, 'TransactWriteItems', item as WireItem)
      return { ...entry, Put: await withField(put, 'Item', seal) }
    }
    const keyed = (entry.Update ?? entry.Delete ?? entry.ConditionCheck) as Io | undefined
    if (keyed) this.#checkCondition(keyed, this.resolver.ofKey((keyed.Key ?? {}) as WireItem))
    if (entry.Update) return { ...entry, Update: await this.#updates.encrypt(entry.Update as never) }
    return entry
  }

  #checkCondition(input: Io, resolved: ReturnType<EntityResolver['ofItem']>): void {
    checkCondition(this.resolver, this.cipher, resolved, input as ConditionedWrite)
  }

  response(operation: OperationName, output: Io): Promise<Io> | Io {
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
      case 'ExecuteStatement':
        return withList(output, 'Items', open)
      case 'BatchExecuteStatement':
      case 'ExecuteTransaction':
        return withList(output, 'Responses', (entry) => withField(entry, 'Item', open))
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
