import { type ChildProcess, spawn } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { afterAll, expect, it } from 'vitest'
import {
  createOrm,
  designHash,
  indexKeysOf,
  migrate,
  migrationStatus,
  rollback,
  toItem,
} from '../../src/index'
import { readActiveJob, readSegments } from '../../src/migrations/backfill/backfill-job'
import { stateTableOf } from '../../src/migrations/state/state-store'
import { localClient, localEndpoint, uniqueTableName } from '../support'
import { Owner, Team, WidgetOwned, WidgetWithOwnerField } from './fixtures'

/**
 * Issue 19's done-means test, scaled: FLEET_ITEMS items (default 1,000; the soak script runs 20,000),
 * a relation needing a new GSI, the backfill worked by 4 processes, one killed with SIGKILL halfway and
 * another at 80 %, while the application keeps rewriting the same items through the new models.
 */
const ITEMS = Number(process.env.FLEET_ITEMS ?? 1000)
/**
 * Each worker's write cap, from the item count: the 4 workers together need about 25 s of writes whatever
 * the size, so the kill points (50 %, 80 %) are reached one page at a time instead of being overtaken
 * between two looks on a fast (or suddenly idle) machine.
 */
const WRITES_PER_SECOND = Number(
  process.env.FLEET_WRITES_PER_SECOND ?? Math.max(10, Math.min(250, Math.ceil(ITEMS / 100))),
)
/** The test fails when the backfill makes no progress this long: deadlines follow progress, not the clock. */
const STALL_MS = 120_000
const tableName = uniqueTableName('orm-fleet')
const client = localClient()
const v1 = createOrm({
  models: [Team, WidgetWithOwnerField],
  client,
  design: { tableName },
  setDefault: false,
})
const v2 = createOrm({ models: [Team, Owner, WidgetOwned], client, design: { tableName }, setDefault: false })
const state = stateTableOf(v2)
const workerFile = fileURLToPath(new URL('./fleet-worker.ts', import.meta.url))
const workers: ChildProcess[] = []

afterAll(async () => {
  for (const worker of workers) if (worker.exitCode === null) worker.kill('SIGKILL')
  await v1.dropTable()
})

function startWorker(): ChildProcess {
  const args = ['--import', 'tsx', workerFile, localEndpoint(), tableName, String(WRITES_PER_SECOND)]
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'] })
  // Every page a worker checkpoints is progress.
  child.stdout?.on('data', () => progress.touch())
  workers.push(child)
  return child
}

async function seed(): Promise<void> {
  const requests = Array.from({ length: ITEMS }, (_, i) => ({
    PutRequest: {
      Item: toItem(v1.ctx, 'Widget', {
        id: `w${i}`,
        name: `w${i}`,
        teamId: `t${i % 7}`,
        ownerId: `o${i % 50}`,
      }),
    },
  }))
  await v1.doc.batchWriteAll({ RequestItems: { [tableName]: requests } })
}

/** The application: keeps moving random widgets to other owners through the new models. */
function startApplication(expected: Map<string, string>) {
  const Widget = v2.model('Widget')
  let running = true
  let writes = 0
  const loop = async (lane: number) => {
    while (running) {
      const id = `w${Math.floor(Math.random() * ITEMS)}`
      // Lanes own disjoint ids, so the last write of each id is known without ordering across lanes.
      if (Number(id.slice(1)) % 2 !== lane) continue
      const widget = await Widget.findOrFail(id)
      const owner = `o${Math.floor(Math.random() * 1000)}`
      widget.ownerId = owner
      await widget.save()
      expected.set(id, owner)
      writes++
      // A steady stream, not a flood: the shared DynamoDB Local also serves the backfill and other tests.
      await new Promise((resolve) => setTimeout(resolve, 5))
    }
  }
  const lanes = [loop(0), loop(1)]
  return {
    async stop() {
      running = false
      await Promise.all(lanes)
      return writes
    },
  }
}

/** Items scanned by the active backfill, summed from its segment checkpoints (0 when none is active). */
async function scannedSoFar(): Promise<number> {
  const jobId = await readActiveJob(state)
  const segments = jobId ? await readSegments(state, jobId) : []
  const scanned = segments.reduce((sum, segment) => sum + segment.scanned, 0)
  if (scanned !== progress.lastScanned) {
    progress.lastScanned = scanned
    progress.touch()
  }
  return scanned
}

/** When the backfill last moved (a page checkpointed, a step started or ended); a stall fails the test. */
const progress = {
  at: Date.now(),
  lastScanned: -1,
  touch() {
    this.at = Date.now()
  },
  check(phase: string) {
    const idle = Date.now() - this.at
    if (idle > STALL_MS)
      throw new Error(`no backfill progress for ${Math.round(idle / 1000)} s while ${phase}`)
  },
}

it(
  'a 4-process backfill survives two kill -9s under concurrent application writes',
  async () => {
    await migrate(v1)
    await seed()
    const expected = new Map<string, string>()
    const app = startApplication(expected)
    const migration = migrate(v2, {
      backfill: { localWorker: false, segments: 16, leaseMs: 1500 },
      onProgress: () => progress.touch(),
    })
    const fleet = [startWorker(), startWorker(), startWorker(), startWorker()]
    let settled = false
    migration.then(
      () => (settled = true),
      () => (settled = true),
    )
    const killed: number[] = []
    for (const [victim, share] of [
      [0, 0.5],
      [1, 0.8],
    ] as const) {
      // Stop waiting if the backfill ended first (its job then leaves the status, and scanned reads 0).
      progress.touch()
      while (!settled && (await scannedSoFar()) < ITEMS * share) {
        progress.check(`waiting for ${share * 100} %`)
        await new Promise((resolve) => setTimeout(resolve, 100))
      }
      fleet[victim]!.kill('SIGKILL')
      killed.push(await scannedSoFar())
    }
    while (!settled) {
      await scannedSoFar()
      progress.check('the backfill finishes')
      await new Promise((resolve) => setTimeout(resolve, 500))
    }
    const result = await migration
    const writes = await app.stop()
    expect(fleet[0]!.signalCode).toBe('SIGKILL')
    expect(fleet[1]!.signalCode).toBe('SIGKILL')
    expect(killed[0]).toBeLessThan(ITEMS * 0.8)
    expect(writes).toBeGreaterThan(0)
    // Adding Owner may also move entries between the existing GSIs: whatever the plan, every backfill verified.
    const ids = result.plan.steps.map((step) => step.id)
    expect(ids).toContain('create-gsi:GSI3')
    for (const id of ids.filter((step) => step.startsWith('backfill:')))
      expect(result.verification[id]).toMatchObject({ wrong: 0, checked: ITEMS })

    // Every item has exactly the right keys, and every application write is still there.
    const widget = v2.ctx.entity('Widget')
    const indexAttributes = ['gsi1pk', 'gsi1sk', 'gsi2pk', 'gsi2sk', 'gsi3pk', 'gsi3sk']
    let checked = 0
    const perOwner = new Map<string, number>()
    for await (const item of v2.doc.scanAll({ TableName: tableName, ConsistentRead: true })) {
      if (item._et !== 'Widget') continue
      checked++
      const owner = expected.get(String(item.id)) ?? `o${Number(String(item.id).slice(1)) % 50}`
      expect(item.ownerId).toBe(owner)
      perOwner.set(owner, (perOwner.get(owner) ?? 0) + 1)
      const keys: Record<string, unknown> = indexKeysOf(widget, item)
      expect(Object.values(keys)).toContain(`OWNER#${owner}`)
      for (const name of indexAttributes) expect(item[name]).toBe(keys[name])
    }
    expect(checked).toBe(ITEMS)
    // The new index answers: an owner's widgets by one Query on it, as many as the table holds. The
    // application writes move widgets between owners, so the owner is one the final table has.
    const [someOwner, count] = [...perOwner].sort((a, b) => b[1] - a[1])[0]!
    const byOwner = await v2.model('Widget').query().where('ownerId', someOwner).get()
    expect(byOwner.length).toBe(count)

    // Rollback restores the previous design and removes the GSI.
    const back = await rollback(v2)
    expect(back.plan.steps.map((step) => step.id)).toContain('delete-gsi:GSI3')
    const status = await migrationStatus(v1)
    expect(status.applied?.hash).toBe(designHash(v1.design))
    const { Table } = await client.describeTable({ TableName: tableName })
    expect((Table?.GlobalSecondaryIndexes ?? []).map((index) => index.IndexName).sort()).toEqual([
      'GSI1',
      'GSI2',
    ])
  },
  // A backstop only: a stuck backfill fails after STALL_MS without progress, a slow one may take its time.
  Math.max(1_200_000, ITEMS * 120),
)
