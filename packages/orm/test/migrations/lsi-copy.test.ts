import { afterAll, describe, expect, it } from 'vitest'
import { createOrm, designHash, isMigrationError, migrate, migrationStatus } from '../../src/index'
import { readJob, readSegments } from '../../src/migrations/backfill/backfill-job'
import { copiedItem, copySpec, isCopiedRight } from '../../src/migrations/backfill/copy-spec'
import { stateTableOf } from '../../src/migrations/state/state-store'
import { localClient, uniqueTableName } from '../support'
import { Team, Widget, WidgetColorLocal } from './fixtures'

/**
 * An LSI added to the models: DynamoDB cannot add it to the table, so migrate copies every item into a new
 * table created with it, through an abort and a resume, verifies, and records where the data went.
 */
const ITEMS = 300
const COLORS = ['red', 'green', 'blue']
const tableName = uniqueTableName('orm-lsi-copy')
const copyName = `${tableName}-copy`
const client = localClient()
const v1 = createOrm({ models: [Team, Widget], client, design: { tableName }, setDefault: false })
const v2 = createOrm({ models: [Team, WidgetColorLocal], client, design: { tableName }, setDefault: false })
const moved = createOrm({
  models: [Team, WidgetColorLocal],
  client,
  design: { tableName: copyName },
  setDefault: false,
})

afterAll(async () => {
  await v1.dropTable()
  await moved.dropTable().catch(() => undefined)
})

type Row = Record<string, unknown>

async function entityItems(table: string): Promise<Row[]> {
  const items: Row[] = []
  for await (const item of v1.doc.scanAll({ TableName: table, ConsistentRead: true }))
    if (item.pk !== '_migrations') items.push(item)
  return items.sort((a, b) => String(a.pk).localeCompare(String(b.pk)))
}

describe('the copied item (pure)', () => {
  const spec = copySpec(v2.design, tableName, copyName)
  const widget = { pk: 'WIDGET#w1', sk: 'WIDGET#w1', _et: 'Widget', id: 'w1', teamId: 't1' }

  it('adds the index keys the design computes, removes sparse ones, never touches the table key', () => {
    const copied = copiedItem(spec, { ...widget, color: 'red' })
    expect(copied).toMatchObject({
      pk: 'WIDGET#w1',
      sk: 'WIDGET#w1',
      lsi1sk: 'WIDGET#red',
      gsi2pk: 'TEAM#t1',
    })
    // No color: the item is not in the (sparse) LSI, and a stale LSI key is removed.
    const uncolored = copiedItem(spec, { ...widget, lsi1sk: 'WIDGET#stale' })
    expect('lsi1sk' in uncolored).toBe(false)
    expect(isCopiedRight(spec, uncolored)).toBe(true)
    expect(isCopiedRight(spec, { ...widget, color: 'red' })).toBe(false)
  })
})

describe('LSI change: copy to a new table', { timeout: 240_000 }, () => {
  it('refuses the LSI change unless the copy is asked for, before creating anything', async () => {
    await migrate(v1)
    const Widgets = v1.model('Widget')
    const Teams = v1.model('Team')
    for (let t = 0; t < 3; t++) await Teams.create({ id: `t${t}`, name: `team ${t}` })
    for (let i = 0; i < ITEMS; i++)
      await Widgets.create({ id: `w${i}`, name: `w${i}`, color: COLORS[i % 3]!, teamId: `t${i % 3}` })
    const preview = await migrate(v2, { dryRun: true })
    expect(preview.plan.steps.map((step) => step.id)).toEqual(['lsi-change'])
    expect(preview.plan.steps[0]).toMatchObject({ executable: true, destructive: false })
    const error = await migrate(v2).catch((caught: unknown) => caught)
    expect(isMigrationError(error) && error.code).toBe('MIGRATION_COPY_REQUIRED')
    expect((error as { hint: string }).hint).toContain('copyTable')
    expect(await client.listAllTables()).not.toContain(copyName)
  })

  it('copies every item with its LSI key, through an abort and a resume, and verifies the counts', async () => {
    const before = await entityItems(tableName)
    expect(before).toHaveLength(ITEMS + 3)
    const stop = new AbortController()
    const first = migrate(v2, {
      copyTable: { tableName: copyName },
      signal: stop.signal,
      backfill: { segments: 8, pageSize: 10, parallelSegments: 1 },
      onProgress: (event) => {
        if (event.type === 'backfill' && event.scanned >= ITEMS / 3) stop.abort()
      },
    })
    const error = await first.catch((caught: unknown) => caught)
    expect(isMigrationError(error) && error.code).toBe('MIGRATION_ABORTED')
    const state = stateTableOf(v2)
    const midway = await migrationStatus(v2)
    const jobId = midway.backfill?.jobId ?? ''
    expect(jobId).toContain('lsi-change')
    expect((await readJob(state, jobId))?.copyTo).toBe(copyName)
    const checkpointed = (await readSegments(state, jobId)).filter((segment) => segment.scanned > 0)
    expect(checkpointed.length).toBeGreaterThan(0)
    const partial = (await entityItems(copyName)).length
    expect(partial).toBeGreaterThan(0)
    expect(partial).toBeLessThan(ITEMS + 3)

    const result = await migrate(v2, { copyTable: { tableName: copyName }, backfill: { segments: 8 } })
    expect(result.applied).toBe(true)
    expect(result.copiedTo).toMatchObject({
      tableName: copyName,
      sourceItems: ITEMS + 3,
      copiedItems: ITEMS + 3,
    })
    expect(result.verification['lsi-change']).toMatchObject({ wrong: 0, checked: ITEMS + 3 })
    // Resumed, not restarted: the segments checkpointed before the abort went on from there.
    const finished = await readSegments(state, jobId)
    for (const segment of checkpointed)
      expect(finished[segment.segment]!.scanned).toBeGreaterThanOrEqual(segment.scanned)
    expect((await readJob(state, jobId))?.status).toBe('done')

    const { Table } = await client.describeTable({ TableName: copyName })
    expect(Table?.LocalSecondaryIndexes?.map((index) => index.IndexName)).toEqual(['LSI1'])
    expect(Table?.GlobalSecondaryIndexes?.map((index) => index.IndexName).sort()).toEqual(['GSI1', 'GSI2'])
    const copied = await entityItems(copyName)
    expect(copied).toHaveLength(ITEMS + 3)
    for (const [position, item] of copied.entries()) {
      const { lsi1sk, ...rest } = item
      // Same item, plus the LSI key of widgets (teams have none).
      expect(rest).toEqual(before[position])
      expect(lsi1sk).toBe(item._et === 'Widget' ? `WIDGET#${String(item.color)}` : undefined)
    }
    // The source table is left as it was.
    expect(await entityItems(tableName)).toEqual(before)
    const { Items } = await v1.doc.query({
      TableName: copyName,
      IndexName: 'LSI1',
      KeyConditionExpression: 'pk = :pk AND lsi1sk = :color',
      ExpressionAttributeValues: { ':pk': 'WIDGET#w4', ':color': 'WIDGET#green' },
    })
    expect(Items?.map((item) => item.id)).toEqual(['w4'])
  })

  it('records the move: the old table refuses further migrations, the new one is up to date', async () => {
    const error = await migrate(v2, { copyTable: {} }).catch((caught: unknown) => caught)
    expect(isMigrationError(error) && error.code).toBe('MIGRATION_TABLE_MOVED')
    expect((error as { hint: string }).hint).toContain(copyName)
    const old = await migrationStatus(v1)
    expect(old.applied).toMatchObject({ hash: designHash(v1.design), movedTo: copyName })
    expect(old.pending.steps).toEqual([])
    expect(old.pending.notes[0]).toContain(`copied to ${copyName}`)
    const status = await migrationStatus(moved)
    expect(status.applied).toMatchObject({
      hash: designHash(moved.design),
      previousHash: designHash(v1.design),
    })
    expect(status.pending.steps).toEqual([])
    expect(status.history[0]).toMatchObject({ result: 'applied', steps: ['lsi-change'] })
    const again = await migrate(moved)
    expect(again.applied).toBe(false)
    const Widgets = moved.model('Widget')
    expect((await Widgets.findOrFail('w7')).color).toBe('green')
    expect(await Widgets.where('teamId', 't1').count()).toBe(ITEMS / 3)
  })
})
