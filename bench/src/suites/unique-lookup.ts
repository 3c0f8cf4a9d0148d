import { createRequestCounter } from '@dbtooling/dynamo-client'
import { startDynamoDBLocal } from '@dbtooling/local'
import { createOrm, Model } from '@dbtooling/orm'
import { defineModel, renderKey, type TableDesign } from '@dbtooling/schema'

/**
 * Issue 17: `User.where('email', x).first()` on a unique email, through the guard item (two GetItems)
 * against the old plan (a Query of the whole type entry with a filter, forced here with useIndex), with
 * 10,000 users in DynamoDB Local. Requests, items read and capacity are the figures that matter; time
 * is shown too (emulator latency included).
 */
const User = defineModel({
  name: 'User',
  traits: { useUuid: { kind: 'uuidv7' }, useTimestamps: true },
  attributes: {
    name: { type: 'string', required: true, fillable: true },
    email: { type: 'string', required: true, unique: true, fillable: true },
  },
} as const)

export interface UniqueLookupFigures {
  readonly plan: string
  readonly requestsPerLookup: number
  readonly itemsReadPerLookup: number
  readonly rcuPerLookup: number
  readonly medianMs: number
}

export interface UniqueLookupResult {
  readonly users: number
  readonly plans: UniqueLookupFigures[]
}

export async function runUniqueLookupSuite(
  users = 10_000,
  lookups = 20,
): Promise<{ text: string; result: UniqueLookupResult }> {
  const local = await startDynamoDBLocal({ inMemory: true })
  try {
    const counter = createRequestCounter()
    class UserModel extends Model(User) {}
    const orm = createOrm({
      models: [UserModel],
      clientConfig: {
        endpoint: local.endpoint,
        region: 'us-east-1',
        credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
        middleware: [counter],
      },
      design: { tableName: 'bench-unique' },
      options: { warn: () => undefined },
    })
    await orm.createTable()
    console.error(`  planner: writing ${users} users and their guards`)
    await seed(orm.ctx.doc, orm.ctx.design, users)
    const emails = Array.from({ length: lookups }, (_, i) => `user${(i * 7919) % users}@example.com`)
    const guard = await measure('GetItem(guard) + GetItem(user)', emails, counter, (email) =>
      UserModel.where('email', email).get(),
    )
    const typeRead = await measure('Query (whole type) + filter (old plan)', emails, counter, (email) =>
      UserModel.where('email', email).useIndex('GSI1').get(),
    )
    const result = { users, plans: [guard, typeRead] }
    return { text: renderUniqueLookup(result), result }
  } finally {
    await local.stop()
  }
}

type Doc = ReturnType<typeof createOrm>['ctx']['doc']

async function seed(doc: Doc, design: TableDesign, users: number): Promise<void> {
  const entity = design.entities.User!
  const start = Date.UTC(2026, 0, 1)
  const items: Record<string, unknown>[] = []
  for (let index = 0; index < users; index++) {
    const id = `0190${String(index).padStart(8, '0')}`
    const at = new Date(start + index * 1000).toISOString()
    const user: Record<string, unknown> = {
      id,
      name: `user ${index}`,
      email: `user${index}@example.com`,
      createdAt: at,
      updatedAt: at,
      [design.entityTypeAttribute]: 'User',
    }
    const key = (template: string) => renderKey(template, user, design.delimiter, design.delimiterPolicy)
    user[design.partitionKey] = key(entity.partitionKey.template)
    user[design.sortKey] = key(entity.sortKey.template)
    for (const keys of entity.indexKeys) {
      user[keys.partitionKey.attribute] = key(keys.partitionKey.template)
      user[keys.sortKey.attribute] = key(keys.sortKey.template)
    }
    const guardKey = key(entity.uniqueGuards[0]!.template)
    items.push(user, {
      [design.partitionKey]: guardKey,
      [design.sortKey]: guardKey,
      [design.entityTypeAttribute]: '_unique',
      entity: 'User',
      field: 'email',
      owner: user[design.partitionKey],
      ownerSk: user[design.sortKey],
    })
  }
  const batches: Record<string, unknown>[][] = []
  for (let i = 0; i < items.length; i += 25) batches.push(items.slice(i, i + 25))
  let next = 0
  const worker = async () => {
    while (next < batches.length) {
      const batch = batches[next++]!
      await doc.batchWriteAll({
        RequestItems: { 'bench-unique': batch.map((Item) => ({ PutRequest: { Item } })) },
      })
    }
  }
  await Promise.all(Array.from({ length: 8 }, worker))
}

async function measure(
  plan: string,
  emails: readonly string[],
  counter: ReturnType<typeof createRequestCounter>,
  lookup: (
    email: string,
  ) => Promise<{ length: number; meta: { scannedCount: number; capacityUnits: number } }>,
): Promise<UniqueLookupFigures> {
  await lookup(emails[0]!)
  counter.reset()
  const times: number[] = []
  let read = 0
  let rcu = 0
  for (const email of emails) {
    const started = performance.now()
    const rows = await lookup(email)
    times.push(performance.now() - started)
    if (rows.length !== 1) throw new Error(`${plan}: ${email} returned ${rows.length} users`)
    read += rows.meta.scannedCount
    rcu += rows.meta.capacityUnits
  }
  times.sort((a, b) => a - b)
  return {
    plan,
    requestsPerLookup: counter.count() / emails.length,
    itemsReadPerLookup: read / emails.length,
    rcuPerLookup: rcu / emails.length,
    medianMs: times[Math.floor(times.length / 2)]!,
  }
}

export function renderUniqueLookup({ users, plans }: UniqueLookupResult): string {
  const lines = [
    '### Unique lookup through the guard item',
    '',
    `Unique lookup, User.where('email', x).get(), ${users} users in DynamoDB Local (per lookup)`,
    '',
    '| Plan | Requests | Items read | RCU | Median ms |',
    '| --- | --- | --- | --- | --- |',
    ...plans.map(
      (row) =>
        `| ${row.plan} | ${row.requestsPerLookup.toFixed(1)} | ${row.itemsReadPerLookup.toFixed(0)} | ${row.rcuPerLookup.toFixed(1)} | ${row.medianMs.toFixed(1)} |`,
    ),
  ]
  return lines.join('\n')
}
