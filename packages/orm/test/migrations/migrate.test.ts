import { afterAll, describe, expect, it } from 'vitest'
import {
  createOrm,
  designHash,
  MigrationDestructiveError,
  MigrationLockedError,
  type MigrationTarget,
  migrate,
  migrationStatus,
  rollback,
} from '../../src/index'
import { localClient, requestRecorder, uniqueTableName } from '../support'
import { Team, Widget, WidgetByColor } from './fixtures'

const tableName = uniqueTableName('orm-migrate')
const v1 = createOrm({
  models: [Team, Widget],
  client: localClient(),
  design: { tableName },
  setDefault: false,
})
const recorder = requestRecorder()
const v2 = createOrm({
  models: [Team, WidgetByColor],
  client: localClient([recorder]),
  design: { tableName },
  setDefault: false,
})
const colors = ['red', 'green', 'blue']

async function allWidgets(orm: MigrationTarget) {
  const items: Record<string, unknown>[] = []
  for await (const item of orm.doc.scanAll({ TableName: tableName, ConsistentRead: true }))
    if (item._et === 'Widget') items.push(item)
  return items
}

async function indexNames(orm: MigrationTarget): Promise<string[]> {
  const { Table } = await orm.client.describeTable({ TableName: tableName })
  return (Table?.GlobalSecondaryIndexes ?? []).map((index) => index.IndexName ?? '').sort()
}

afterAll(() => v1.dropTable())

describe('migrate on DynamoDB Local', { timeout: 90_000 }, () => {
  it('first run creates the table with every GSI, waits ACTIVE and records the design', async () => {
    const result = await migrate(v1)
    expect(result.applied).toBe(true)
    expect(result.plan.steps.map((step) => step.id)).toEqual(['create-table'])
    expect(await indexNames(v1)).toEqual(['GSI1', 'GSI2'])
    const status = await migrationStatus(v1)
    expect(status.applied?.hash).toBe(designHash(v1.design))
    expect(status.pending.steps).toEqual([])
    expect(status.history[0]).toMatchObject({
      kind: 'migrate',
      result: 'applied',
      toHash: designHash(v1.design),
    })
    const Widgets = v1.model('Widget')
    for (let i = 0; i < 120; i++)
      await Widgets.create({ id: `w${i}`, name: `widget ${i}`, color: colors[i % 3]!, teamId: `t${i % 4}` })
  })

  it('running again with the same models does nothing', async () => {
    const result = await migrate(v1)
    expect(result.applied).toBe(false)
    expect(result.plan.steps).toEqual([])
  })

  it('createTable() on the existing table with a different design says so instead of doing nothing', async () => {
    await expect(v2.createTable()).rejects.toMatchObject({ code: 'TABLE_DESIGN_DIFFERS' })
    await expect(v1.createTable()).resolves.toBe(false)
  })

  it('a second run while the lock is held fails with MigrationLockedError naming the holder', async () => {
    const { acquireLockForTest } = await import('./lock-helper')
    const lock = await acquireLockForTest(v1, 'someone-else')
    try {
      const error = await migrate(v2).catch((caught: unknown) => caught)
      expect(error).toBeInstanceOf(MigrationLockedError)
      expect((error as MigrationLockedError).holder).toBe('someone-else')
      expect((error as MigrationLockedError).leaseUntil.getTime()).toBeGreaterThan(Date.now())
    } finally {
      await lock.release()
    }
  })

  it('new GSI: UpdateTable, wait ACTIVE, backfill every existing item, verify', async () => {
    const progress: number[] = []
    recorder.clear()
    const result = await migrate(v2, {
      backfill: { segments: 3, pageSize: 25 },
      onProgress: (event) => {
        if (event.type === 'backfill') progress.push(event.scanned)
      },
    })
    expect(result.plan.steps.map((step) => step.id)).toEqual(['create-gsi:GSI3', 'backfill:GSI3'])
    expect(result.verification['backfill:GSI3']).toMatchObject({ wrong: 0 })
    expect(await indexNames(v2)).toEqual(['GSI1', 'GSI2', 'GSI3'])
    const widgets = await allWidgets(v2)
    expect(widgets).toHaveLength(120)
    for (const widget of widgets) expect(widget.gsi3pk).toBe(`WIDGET#BY_COLOR#${String(widget.color)}`)
    expect(progress.length).toBeGreaterThan(0)
    // One UpdateTable for the index; one conditional UpdateItem per item that lacked its keys.
    expect(recorder.ops().filter((op) => op === 'UpdateTable')).toHaveLength(1)
    const itemWrites = recorder.requests.filter(
      (request) =>
        request.operation === 'UpdateItem' &&
        JSON.stringify((request.input as { Key?: unknown }).Key).includes('WIDGET#'),
    )
    expect(itemWrites).toHaveLength(120)
    expect((itemWrites[0]!.input as { ConditionExpression?: string }).ConditionExpression).toContain(
      'attribute_exists(#pk)',
    )
    const red = await v2.model('Widget').query().where('color', 'red').get()
    expect(red).toHaveLength(40)
  })

  it('a re-run finds nothing to do and sends no write', async () => {
    recorder.clear()
    const result = await migrate(v2)
    expect(result.applied).toBe(false)
    expect(
      recorder
        .ops()
        .filter(
          (op) =>
            op !== 'DescribeTable' &&
            op !== 'DescribeTimeToLive' &&
            op !== 'ListTagsOfResource' &&
            op !== 'DescribeContinuousBackups' &&
            op !== 'GetItem',
        ),
    ).toEqual([])
  })

  it('removing the GSI needs force; with force it is deleted and its attributes cleaned up', async () => {
    await expect(migrate(v1)).rejects.toBeInstanceOf(MigrationDestructiveError)
    const result = await migrate(v1, { force: true })
    expect(result.plan.steps.map((step) => step.id)).toEqual(['delete-gsi:GSI3', 'cleanup:GSI3'])
    expect(await indexNames(v1)).toEqual(['GSI1', 'GSI2'])
    for (const widget of await allWidgets(v1)) expect(widget.gsi3pk).toBeUndefined()
  })

  it('rollback returns to the previous design: the GSI comes back with its keys', async () => {
    const result = await rollback(v1)
    expect(result.plan.steps.map((step) => step.id)).toEqual(['create-gsi:GSI3', 'backfill:GSI3'])
    expect(await indexNames(v1)).toEqual(['GSI1', 'GSI2', 'GSI3'])
    const status = await migrationStatus(v1)
    expect(status.applied?.hash).toBe(designHash(v2.design))
    expect(status.history.map((entry) => entry.kind).slice(0, 2)).toEqual(['rollback', 'migrate'])
  })
})
