import { DynamoClient, METRIC_NAMES } from '@dbtooling/dynamo-client'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { createTelemetry } from '../../../dynamo-client/test/support/telemetry'
import { createOrm } from '../../src/index'
import { localCredentials, localEndpoint, localRegion, uniqueTableName } from '../support'
import { Author, Book, memoryPino, PINO_LEVEL } from './fixtures'

const telemetry = createTelemetry()
const { logger, lines } = memoryPino()
const client = new DynamoClient({
  endpoint: localEndpoint(),
  region: localRegion,
  credentials: localCredentials,
  returnConsumedCapacity: 'TOTAL',
})
const orm = createOrm({
  models: [Author, Book],
  client,
  design: { tableName: uniqueTableName('orm-observe') },
  options: {
    // No slow threshold: under load a first call can take a second, and these records assert their level.
    observability: {
      logger,
      tracer: telemetry.tracer,
      meter: telemetry.meter,
      costs: true,
      slowQueryMs: null,
    },
  },
  setDefault: false,
})
const AuthorModel = orm.model('Author')
const BookModel = orm.model('Book')

beforeAll(async () => {
  await orm.createTable()
  await AuthorModel.create({ id: 'a1', email: 'ada@example.com', name: 'Ada' })
  await BookModel.create({ id: 'b1', title: 'Notes', authorId: 'a1' })
  await BookModel.create({ id: 'b2', title: 'Engines', authorId: 'a1' })
})
afterAll(async () => {
  await orm.dropTable()
  await client.close()
})
beforeEach(async () => {
  lines.length = 0
  await telemetry.reset()
})

const spanNamed = (name: string) => telemetry.spans().filter((span) => span.name === name)

function descendantsOf(spanId: string): ReturnType<typeof telemetry.spans> {
  const children = telemetry.spans().filter((span) => span.parentSpanContext?.spanId === spanId)
  return children.flatMap((child) => [child, ...descendantsOf(child.spanContext().spanId)])
}

describe('a find', () => {
  it('logs one record naming the model, pattern, capacity and items, with key values redacted', async () => {
    await AuthorModel.find('a1')
    expect(lines).toHaveLength(1)
    expect(lines[0]).toMatchObject({
      level: PINO_LEVEL.debug,
      operation: 'GetItem',
      table: orm.tableName,
      entity: 'Author',
      pattern: 'find',
      attempts: 1,
      throttles: 0,
      itemsRead: 1,
      itemsReturned: 1,
      capacity: { readCapacityUnits: 0.5, writeCapacityUnits: 0 },
      key: { pk: '[redacted]', sk: '[redacted]' },
      slow: false,
      wholeTypeRead: false,
    })
    expect(lines[0]?.requestId).toEqual(expect.any(String))
    // The id is in no field (request ids and the table name, also in msg, are random and may hold 'a1').
    const { requestId: _id, table: _table, msg: _msg, ...fields } = lines[0] ?? {}
    expect(JSON.stringify(fields)).not.toContain('a1')
  })

  it('opens User.find with the GetItem client span as its child', async () => {
    await AuthorModel.find('a1')
    const [find] = spanNamed('Author.find')
    const [get] = spanNamed('DynamoDB.GetItem')
    expect(find).toBeDefined()
    expect(get?.parentSpanContext?.spanId).toBe(find?.spanContext().spanId)
    expect(get?.spanContext().traceId).toBe(find?.spanContext().traceId)
    expect(find?.attributes).toMatchObject({ 'dbtooling.entity': 'Author', 'dbtooling.pattern': 'find' })
    expect(get?.attributes).toMatchObject({
      'db.system': 'dynamodb',
      'db.system.name': 'aws.dynamodb',
      'rpc.method': 'GetItem',
      'aws.dynamodb.table_names': [orm.tableName],
      'dbtooling.entity': 'Author',
    })
  })

  it('counts the call and its read units per table and entity', async () => {
    await AuthorModel.find('a1')
    const [requests] = await telemetry.points(METRIC_NAMES.requests)
    expect(requests?.value).toBe(1)
    expect(requests?.attributes).toMatchObject({
      'db.operation.name': 'GetItem',
      'db.collection.name': orm.tableName,
      'dbtooling.entity': 'Author',
    })
    const [units] = await telemetry.points(METRIC_NAMES.readUnits)
    expect(units?.value).toBe(0.5)
  })
})

describe('a query', () => {
  it('logs items read and returned and the index, under a Book.get span', async () => {
    const books = await BookModel.where('authorId', 'a1').get()
    expect(books).toHaveLength(2)
    expect(lines).toHaveLength(1)
    expect(lines[0]).toMatchObject({
      operation: 'Query',
      entity: 'Book',
      itemsRead: 2,
      itemsReturned: 2,
      wholeTypeRead: false,
    })
    expect(lines[0]?.pattern).toMatch(/^Query \(bounded partition\) on /)
    expect(lines[0]?.index).toEqual(expect.any(String))
    const [get] = spanNamed('Book.get')
    const [query] = spanNamed('DynamoDB.Query')
    expect(query?.parentSpanContext?.spanId).toBe(get?.spanContext().spanId)
    expect(query?.attributes).toMatchObject({
      'aws.dynamodb.index_name': lines[0]?.index,
      'aws.dynamodb.count': 2,
      'aws.dynamodb.scanned_count': 2,
    })
    const [requests] = await telemetry.points(METRIC_NAMES.requests)
    expect(requests?.attributes).toMatchObject({ 'aws.dynamodb.index_name': lines[0]?.index })
  })

  it('attributes count() and pluck() to the model and the query cost class', async () => {
    expect(await BookModel.where('authorId', 'a1').count()).toBe(2)
    expect(await BookModel.where('authorId', 'a1').pluck('title')).toHaveLength(2)
    expect(lines.map((line) => [line.entity, line.pattern?.split(' on ')[0]])).toEqual([
      ['Book', 'Query (bounded partition)'],
      ['Book', 'Query (bounded partition)'],
    ])
    expect(spanNamed('Book.count')).toHaveLength(1)
    expect(spanNamed('Book.pluck')).toHaveLength(1)
  })

  it('logs a whole-type read at warn', async () => {
    const listIndex = orm.design.entities.Book!.access.list!.index as `GSI${number}`
    await BookModel.query().useIndex(listIndex).get()
    expect(lines).toHaveLength(1)
    expect(lines[0]).toMatchObject({ level: PINO_LEVEL.warn, wholeTypeRead: true, itemsRead: 2 })
    expect(lines[0]?.msg).toContain('read a whole type')
  })

  it('spans an eager load with its reads as children', async () => {
    const authors = await AuthorModel.where('id', 'a1').with('books').get()
    expect([...authors][0]?.getRelation('books')).toHaveLength(2)
    const [load] = spanNamed('Author.load(books)')
    expect(load).toBeDefined()
    const below = descendantsOf(load!.spanContext().spanId)
    expect(below.filter((span) => span.name === 'DynamoDB.Query').length).toBeGreaterThan(0)
    const reads = lines.filter((line) => line.entity === 'Book')
    expect(reads.length).toBeGreaterThan(0)
    // Reads the load makes are booked to the load, the access pattern the caller wrote.
    for (const line of reads) expect(line.pattern).toBe('eager load Author.books')
  })
})

describe('a transaction', () => {
  it('logs the TransactWriteItems with write units and spans orm.transaction over it', async () => {
    await orm.transaction(async (trx) => {
      await trx.create(BookModel, { id: 'b3', title: 'Letters', authorId: 'a1' })
      await trx.create(AuthorModel, { id: 'a2', email: 'grace@example.com', name: 'Grace' })
    })
    const record = lines.find((line) => line.operation === 'TransactWriteItems')
    expect(record).toMatchObject({ entity: 'Author,Book', pattern: 'transaction', attempts: 1 })
    expect(record?.capacity?.writeCapacityUnits).toBeGreaterThan(0)
    const [trx] = spanNamed('orm.transaction')
    const [write] = spanNamed('DynamoDB.TransactWriteItems')
    expect(write?.parentSpanContext?.spanId).toBe(trx?.spanContext().spanId)
    const [units] = await telemetry.points(METRIC_NAMES.writeUnits)
    expect(units?.value).toBe(record?.capacity?.writeCapacityUnits)
  })
})

describe('orm.costs()', () => {
  it('totals capacity per model and access pattern with the us-east-1 on-demand estimate', async () => {
    orm.resetCosts()
    await AuthorModel.find('a1')
    await AuthorModel.find('a1')
    await BookModel.where('authorId', 'a1').get()
    const report = await orm.costs()
    expect(report.region).toBe(localRegion)
    expect(report.prices).toMatchObject({ readPerMillion: 0.125, writePerMillion: 0.625 })
    const find = report.rows.find((row) => row.model === 'Author' && row.pattern === 'find')
    expect(find).toMatchObject({ calls: 2, readUnits: 1, writeUnits: 0 })
    expect(find?.estimatedUsd).toBeCloseTo((1 * 0.125) / 1_000_000, 15)
    const query = report.rows.find((row) => row.model === 'Book')
    expect(query?.pattern).toMatch(/^Query \(bounded partition\)/)
    const reads = report.rows.reduce((sum, row) => sum + row.readUnits, 0)
    expect(report.total.readUnits).toBe(reads)
    expect(report.total.estimatedUsd).toBeCloseTo((reads * 0.125) / 1_000_000, 15)
  })
})
