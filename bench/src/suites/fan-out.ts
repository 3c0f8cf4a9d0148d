import { createRequestCounter, DynamoClient } from '@dbtooling/dynamo-client'
import { startDynamoDBLocal } from '@dbtooling/local'
import { createOrm, createQueryBuilder } from '@dbtooling/orm'
import { defineModel } from '@dbtooling/schema'

/**
 * Fan-out reads against DynamoDB Local: `whereIn` over 5 partitions next to 5 sequential Queries and the
 * whole-type read with an IN filter it replaces, and list-by-type with 8 write shards next to 1. Wall time
 * per call (the emulator's latency dominates) plus requests, items read and items returned per call: the
 * figures that carry over to DynamoDB itself. Set DYNAMODB_ENDPOINT to use a running emulator.
 */
const Project = defineModel({
  name: 'Project',
  hasMany: ['Task'],
  attributes: { name: { type: 'string' } },
} as const)
const Task = defineModel({
  name: 'Task',
  traits: { useTimestamps: true },
  belongsTo: ['Project'],
  attributes: { title: { type: 'string', required: true }, projectId: { type: 'string', required: true } },
} as const)
const eventModel = (name: string, shards: number) =>
  defineModel({
    name,
    traits: { useTimestamps: true },
    shards,
    attributes: { kind: { type: 'string' } },
  } as const)

const PROJECTS = 20
const TASKS_PER_PROJECT = 20
const EVENTS = 400
const PAGE = 50

export interface FanOutRow {
  readonly scenario: string
  readonly medianMs: number
  readonly p90Ms: number
  readonly requests: number
  readonly itemsRead: number
  readonly itemsReturned: number
}

export async function runFanOutSuite(quick: boolean): Promise<{ text: string; result: FanOutRow[] }> {
  const given = process.env.DYNAMODB_ENDPOINT
  const local = given ? null : await startDynamoDBLocal({ inMemory: true })
  const counter = createRequestCounter()
  const client = new DynamoClient({
    endpoint: given ?? local!.endpoint,
    region: 'us-east-1',
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    middleware: [counter],
  })
  const orm = benchOrm(client)
  try {
    await orm.createTable()
    await seed(orm)
    const calls = quick ? 5 : 40
    const rows = [...(await whereInRows(orm, counter, calls)), ...(await shardRows(orm, counter, calls))]
    return { text: renderFanOut(rows), result: rows }
  } finally {
    await orm.dropTable().catch(() => {})
    await local?.stop()
  }
}

function benchOrm(client: DynamoClient) {
  return createOrm({
    models: [Project, Task, eventModel('EventOne', 1), eventModel('EventEight', 8)],
    client,
    design: { tableName: `bench-fanout-${Date.now()}` },
    options: { warn: () => {} },
  })
}

type Orm = ReturnType<typeof benchOrm>

async function seed(orm: Orm): Promise<void> {
  const work: Promise<unknown>[] = []
  for (let p = 0; p < PROJECTS; p++)
    for (let t = 0; t < TASKS_PER_PROJECT; t++)
      work.push(orm.model('Task').create({ title: `t${t}`, projectId: `p${p}` }))
  for (let e = 0; e < EVENTS; e++) {
    work.push(orm.model('EventOne').create({ kind: 'k' } as never))
    work.push(orm.model('EventEight').create({ kind: 'k' } as never))
  }
  for (let start = 0; start < work.length; start += 50) await Promise.all(work.slice(start, start + 50))
}

interface Measured {
  readonly items: number
  readonly scanned: number
}

/** Runs `call` (after 3 warm-up calls) and reports wall time and what one call sent and read. */
async function measure(
  scenario: string,
  counter: ReturnType<typeof createRequestCounter>,
  calls: number,
  call: () => Promise<Measured>,
): Promise<FanOutRow> {
  for (let index = 0; index < 3; index++) await call()
  counter.reset()
  const times: number[] = []
  let read: Measured = { items: 0, scanned: 0 }
  for (let index = 0; index < calls; index++) {
    const started = performance.now()
    read = await call()
    times.push(performance.now() - started)
  }
  times.sort((a, b) => a - b)
  return {
    scenario,
    medianMs: times[Math.floor(times.length / 2)]!,
    p90Ms: times[Math.floor(times.length * 0.9)]!,
    requests: counter.count() / calls,
    itemsRead: read.scanned,
    itemsReturned: read.items,
  }
}

async function whereInRows(orm: Orm, counter: ReturnType<typeof createRequestCounter>, calls: number) {
  const tasks = () => createQueryBuilder<typeof Task>(orm.ctx, 'Task')
  const five = ['p1', 'p5', 'p9', 'p13', 'p17']
  const typeIndex = orm.ctx.design.entities.Task!.access.list!.index!
  return [
    await measure('whereIn 5 partitions (fan-out)', counter, calls, async () => {
      const rows = await tasks().whereIn('projectId', five).get()
      return { items: rows.count(), scanned: rows.meta.scannedCount }
    }),
    await measure('5 sequential where() Queries', counter, calls, async () => {
      let items = 0
      let scanned = 0
      for (const id of five) {
        const rows = await tasks().where('projectId', id).get()
        items += rows.count()
        scanned += rows.meta.scannedCount
      }
      return { items, scanned }
    }),
    await measure('whole-type read + IN filter (before)', counter, calls, async () => {
      const rows = await tasks()
        .useIndex(typeIndex as never)
        .whereIn('projectId', five)
        .get()
      return { items: rows.count(), scanned: rows.meta.scannedCount }
    }),
  ]
}

async function shardRows(orm: Orm, counter: ReturnType<typeof createRequestCounter>, calls: number) {
  const rows: FanOutRow[] = []
  for (const [name, label] of [
    ['EventOne', '1 shard'],
    ['EventEight', '8 shards'],
  ] as const) {
    const events = () => createQueryBuilder(orm.ctx, name)
    rows.push(
      await measure(`list-by-type, ${label}: first page of ${PAGE}`, counter, calls, async () => {
        const page = await events().latest().cursorPaginate(PAGE)
        return { items: page.data.count(), scanned: page.data.meta.scannedCount }
      }),
    )
    const page = await events().latest().cursorPaginate(PAGE)
    rows.push(
      await measure(`list-by-type, ${label}: second page of ${PAGE}`, counter, calls, async () => {
        const next = await events().latest().cursorPaginate(PAGE, page.nextCursor)
        return { items: next.data.count(), scanned: next.data.meta.scannedCount }
      }),
    )
  }
  return rows
}

export function renderFanOut(rows: readonly FanOutRow[]): string {
  const lines = [
    '### Fan-out reads, DynamoDB Local',
    '',
    `${PROJECTS} projects x ${TASKS_PER_PROJECT} tasks; ${EVENTS} events per event model. Wall time per call (median, p90), requests per call, items read and returned by the last call.`,
    '',
    '| Scenario | median ms | p90 ms | requests | items read | items returned |',
    '|---|---:|---:|---:|---:|---:|',
  ]
  for (const row of rows) {
    lines.push(
      `| ${row.scenario} | ${row.medianMs.toFixed(2)} | ${row.p90Ms.toFixed(2)} | ${row.requests.toFixed(1)} | ${row.itemsRead} | ${row.itemsReturned} |`,
    )
  }
  return lines.join('\n')
}
