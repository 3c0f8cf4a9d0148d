import { isConditionalCheckFailed } from '@dbtooling/dynamo-client'
import { afterAll, describe, expect, it } from 'vitest'
import {
  createOrm,
  isMigrationError,
  liveTableFrom,
  migrate,
  migrationStatus,
  planMigration,
  rollback,
} from '../../src/index'
import { readJob, readSegments } from '../../src/migrations/backfill/backfill-job'
import { jobWork } from '../../src/migrations/backfill/job-work'
import { verifyBackfill } from '../../src/migrations/backfill/verify'
import { stateTableOf } from '../../src/migrations/state/state-store'
import { localClient, uniqueTableName } from '../support'
import { Gizmo, TeamOfGizmos } from './fixtures'

/**
 * Re-key: the config renames Gizmo's key prefix (GIZMO -> GZ), so every gizmo must move to a new base key
 * with its unique guard, while the application keeps writing to them, through an interruption and a resume.
 */
const ITEMS = 300
const tableName = uniqueTableName('orm-rekey')
const client = localClient()
const v1 = createOrm({ models: [TeamOfGizmos, Gizmo], client, design: { tableName }, setDefault: false })
const v2 = createOrm({
  models: [TeamOfGizmos, Gizmo],
  client,
  design: { tableName, prefixes: { Gizmo: 'GZ' } },
  setDefault: false,
})
const state = stateTableOf(v2)

afterAll(() => v1.dropTable())

type Row = Record<string, unknown>

async function gizmoItems(): Promise<Row[]> {
  const items: Row[] = []
  for await (const item of v2.doc.scanAll({ TableName: tableName, ConsistentRead: true }))
    if (item._et === 'Gizmo') items.push(item)
  return items
}

/**
 * The application during the move: renames random gizmos wherever they are now (new key first, then the
 * old one), so each write lands on the one copy that exists; records the last name written per id.
 */
function startApplication(expected: Map<string, string>) {
  let running = true
  let writes = 0
  const rename = async (id: string, name: string) => {
    for (;;) {
      for (const key of [`GZ#${id}`, `GIZMO#${id}`]) {
        try {
          await v2.doc.update({
            TableName: tableName,
            Key: { pk: key, sk: key },
            UpdateExpression: 'SET #name = :name',
            ConditionExpression: 'attribute_exists(pk)',
            ExpressionAttributeNames: { '#name': 'name' },
            ExpressionAttributeValues: { ':name': name },
          })
          return
        } catch (error) {
          if (!isConditionalCheckFailed(error)) throw error
        }
      }
    }
  }
  const loop = async (lane: number) => {
    while (running) {
      const n = Math.floor(Math.random() * ITEMS)
      // Lanes own disjoint ids, so the last write of each id is known without ordering across lanes.
      if (n % 2 !== lane) continue
      const name = `renamed-${writes}-${lane}`
      await rename(`g${n}`, name)
      expected.set(`g${n}`, name)
      writes++
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

describe('re-key of a changed base key', { timeout: 240_000 }, () => {
  it('plans a destructive, executable rekey step for the entity whose prefix changed', async () => {
    await migrate(v1)
    const { Table } = await client.describeTable({ TableName: tableName })
    const plan = planMigration(v1.design, v2.design, liveTableFrom(Table!, null, null))
    const rekey = plan.steps.find((step) => step.id === 'rekey:Gizmo')
    expect(rekey).toMatchObject({
      action: { kind: 'rekey', entity: 'Gizmo' },
      destructive: true,
      executable: true,
    })
    expect(rekey?.what).toContain('GZ#{id}')
    await expect(migrate(v2)).rejects.toMatchObject({ code: 'MIGRATION_DESTRUCTIVE' })
  })

  it('moves every item with its guard, under application writes, through an abort and a resume', async () => {
    const Gizmos = v1.model('Gizmo')
    for (let i = 0; i < ITEMS; i++)
      await Gizmos.create({ id: `g${i}`, sku: `sku-${i}`, name: `g${i}`, teamId: `t${i % 5}` })
    const expected = new Map<string, string>()
    const app = startApplication(expected)

    // First run: stopped once about a third of the items were scanned.
    const stop = new AbortController()
    const first = migrate(v2, {
      force: true,
      signal: stop.signal,
      backfill: { segments: 8, pageSize: 20, parallelSegments: 2, concurrency: 4 },
      onProgress: (event) => {
        if (event.type === 'backfill' && event.stepId.startsWith('rekey') && event.scanned >= ITEMS / 3)
          stop.abort()
      },
    })
    const error = await first.catch((caught: unknown) => caught)
    expect(isMigrationError(error) && error.code).toBe('MIGRATION_ABORTED')
    const midway = await migrationStatus(v2)
    const jobId = midway.backfill?.jobId ?? ''
    expect(jobId).toContain('rekey:Gizmo')
    const checkpointed = (await readSegments(state, jobId)).filter((segment) => segment.lastKey !== null)
    expect(checkpointed.length).toBeGreaterThan(0)
    const between = await gizmoItems()
    // Never two copies, never none, even half-way.
    expect(new Set(between.map((item) => item.id)).size).toBe(ITEMS)
    expect(between.length).toBe(ITEMS)
    const moved = between.filter((item) => String(item.pk).startsWith('GZ#')).length
    expect(moved).toBeGreaterThan(0)
    expect(moved).toBeLessThan(ITEMS)

    // Second run: resumes the same job from its checkpoints and verifies no item is left at an old key.
    const result = await migrate(v2, { force: true, backfill: { segments: 8, pageSize: 20 } })
    const writes = await app.stop()
    expect(writes).toBeGreaterThan(0)
    expect(result.verification['rekey:Gizmo']).toMatchObject({ wrong: 0 })
    expect((await readJob(state, jobId))?.status).toBe('done')
    // Resumed, not restarted: the job checkpointed before the abort is the one that finished, and its
    // segments' counts only grew from their checkpoints.
    const finished = await readSegments(state, jobId)
    for (const before of checkpointed)
      expect(finished[before.segment]!.scanned).toBeGreaterThanOrEqual(before.scanned)

    const after = await gizmoItems()
    expect(after.length).toBe(ITEMS)
    for (const item of after) {
      const id = String(item.id)
      expect(item.pk).toBe(`GZ#${id}`)
      expect(item.sk).toBe(`GZ#${id}`)
      expect(item.name).toBe(expected.get(id) ?? id)
      const guardKey = `UNIQUE#Gizmo#sku#${String(item.sku)}`
      const { Item: guard } = await v2.doc.get({ TableName: tableName, Key: { pk: guardKey, sk: guardKey } })
      expect(guard).toMatchObject({ owner: `GZ#${id}`, ownerSk: `GZ#${id}` })
    }
    const V2Gizmo = v2.model('Gizmo')
    expect((await V2Gizmo.findOrFail('g7')).sku).toBe('sku-7')
    expect((await V2Gizmo.where('sku', 'sku-11').first())?.id).toBe('g11')
    expect(await V2Gizmo.where('teamId', 't2').count()).toBe(ITEMS / 5)
  })

  it('verification counts an item left at an old key', async () => {
    const stray = { pk: 'GIZMO#stray', sk: 'GIZMO#stray', _et: 'Gizmo', id: 'stray', sku: 'sku-stray' }
    await v2.doc.put({ TableName: tableName, Item: stray })
    const work = jobWork(v2.doc, v2.design, tableName, {
      jobId: 'verify-only',
      kind: 'rekey',
      stepId: 'rekey:Gizmo',
      indexes: [],
      attributes: [],
      entities: ['Gizmo'],
      targetHash: '',
      totalSegments: 1,
      estimatedItems: 0,
      status: 'running',
      createdAt: new Date().toISOString(),
    })
    const verified = await verifyBackfill(state, work)
    expect(verified).toMatchObject({ wrong: 1, samples: ['GIZMO#stray / GIZMO#stray'] })
    await v2.doc.delete({ TableName: tableName, Key: { pk: 'GIZMO#stray', sk: 'GIZMO#stray' } })
  })

  it('rollback moves the items back to the previous keys', async () => {
    const back = await rollback(v2)
    expect(back.plan.steps.map((step) => step.id)).toContain('rekey:Gizmo')
    const items = await gizmoItems()
    expect(items.length).toBe(ITEMS)
    for (const item of items) expect(item.pk).toBe(`GIZMO#${String(item.id)}`)
    expect((await v1.model('Gizmo').where('sku', 'sku-3').first())?.id).toBe('g3')
  })
})
