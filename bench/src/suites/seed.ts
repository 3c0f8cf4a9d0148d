import { DynamoClient, marshall, type WriteRequest } from '@dbtooling/dynamo-client'
import { startDynamoDBLocal } from '@dbtooling/local'
import { createOrm, Model, toItem } from '@dbtooling/orm'
import { defineModel, stacksSchema as schema } from '@dbtooling/schema'

/** Seeding (`Model.factory().count(n).create()`) must reach this share of the client's bulk-write rate. */
export const SEED_TARGET = 0.8

export interface SeedRun {
  readonly items: number
  readonly ms: number
  readonly itemsPerSecond: number
}

export interface SeedBenchResult {
  readonly endpoint: string
  readonly floor: SeedRun
  readonly seeding: SeedRun
  readonly ratio: number
  readonly target: number
  readonly met: boolean
}

// A model seeded with BatchWriteItem (no unique attributes): ids, timestamps, an index key per item.
const eventDefinition = defineModel({
  name: 'Event',
  traits: { useUuid: true, useTimestamps: true },
  attributes: {
    title: { type: 'string', required: true, validation: { rule: schema.string().min(3).max(80) } },
    kind: { type: 'string', validation: { rule: schema.enum(['click', 'view', 'purchase']) } },
    amount: { type: 'number', validation: { rule: schema.number().min(0).max(500) } },
    note: { type: 'string', validation: { rule: schema.string().max(200) } },
  },
} as const)

const credentials = { accessKeyId: 'local', secretAccessKey: 'local' }

function ormOn(endpoint: string, tableName: string) {
  const client = new DynamoClient({ endpoint, region: 'us-east-1', credentials })
  const Event = Model(eventDefinition)
  const orm = createOrm({ models: [Event], client, design: { tableName }, setDefault: false })
  Object.assign(Event, { $orm: orm })
  return { orm, Event, client }
}

function run(items: number, started: number): SeedRun {
  const ms = performance.now() - started
  return { items, ms, itemsPerSecond: (items * 1000) / ms }
}

/** The floor: the client's own bulk write (BatchWriteItem, 25 per request, 4 in flight) of ready items. */
async function bulkWrite(endpoint: string, items: number, seed: number): Promise<SeedRun> {
  const { orm, Event, client } = ormOn(endpoint, `seed-floor-${seed}-${Date.now()}`)
  await orm.createTable()
  // The same items the seeder writes, built before the clock starts.
  const made = await Event.factory().count(items).seed(seed).make()
  const requests: WriteRequest[] = made.map((event) => ({
    PutRequest: { Item: marshall(toItem(orm.ctx, 'Event', event.toStorage())) },
  }))
  const started = performance.now()
  await client.batchWriteAll({ RequestItems: { [orm.tableName]: requests } })
  const result = run(items, started)
  await orm.dropTable()
  return result
}

/** Seeding: rows made from the model (seeded faker), validated, written in batches. */
async function seedRows(endpoint: string, items: number, seed: number): Promise<SeedRun> {
  const { orm, Event } = ormOn(endpoint, `seed-factory-${seed}-${Date.now()}`)
  await orm.createTable()
  const started = performance.now()
  await Event.factory().count(items).seed(seed).create()
  const result = run(items, started)
  await orm.dropTable()
  return result
}

export function renderSeed(result: SeedBenchResult): string {
  const row = (name: string, r: SeedRun) =>
    `| ${name} | ${r.items.toLocaleString('en-US')} | ${(r.ms / 1000).toFixed(2)} s | ${Math.round(r.itemsPerSecond).toLocaleString('en-US')} |`
  return [
    '### Seeding',
    '',
    `Seeding vs the client's bulk-write floor, DynamoDB Local (${result.endpoint})`,
    '',
    '| Run | Items | Wall time | Items/s |',
    '| --- | ---: | ---: | ---: |',
    row('client batchWriteAll (floor)', result.floor),
    row('Event.factory().count(n).create()', result.seeding),
    '',
    `Ratio ${result.ratio.toFixed(2)} (target >= ${result.target}): ${result.met ? 'met' : 'NOT met'}`,
  ].join('\n')
}

/**
 * Items/s of seeding against the floor, both into fresh tables of the same design, after a warm-up of
 * each path. Uses DYNAMODB_ENDPOINT when set (a running DynamoDB Local), else starts one in memory.
 */
export async function runSeedSuite(quick: boolean): Promise<{ text: string; result: SeedBenchResult }> {
  const items = quick ? 5_000 : 50_000
  const given = process.env.DYNAMODB_ENDPOINT
  const local = given ? null : await startDynamoDBLocal({ inMemory: true })
  const endpoint = given ?? local!.endpoint
  try {
    console.error('  seed: warming up')
    await bulkWrite(endpoint, 2_000, 1)
    await seedRows(endpoint, 2_000, 1)
    console.error(`  seed: ${items} items, bulk write then seeding`)
    const floor = await bulkWrite(endpoint, items, 2)
    const seeding = await seedRows(endpoint, items, 2)
    const ratio = seeding.itemsPerSecond / floor.itemsPerSecond
    const result = { endpoint, floor, seeding, ratio, target: SEED_TARGET, met: ratio >= SEED_TARGET }
    return { text: renderSeed(result), result }
  } finally {
    await local?.stop()
  }
}
