import {
  AmbiguousOutcomeError,
  type DocumentClient,
  isConditionalCheckFailed,
} from '@dbtooling/dynamo-client'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { migrate } from '../../src/index'
import { reconcileItem } from '../../src/migrations/backfill/reconcile-write'
import { WriteRate } from '../../src/migrations/backfill/write-rate'
import { conditionNotMet } from '../../src/migrations/state/condition-not-met'
import { renewLease, takeLease } from '../../src/migrations/state/lease'
import { acquireLock, readLock } from '../../src/migrations/state/lock'
import { type StateTable, stateKey, stateTableOf } from '../../src/migrations/state/state-store'
import { localClient, uniqueTableName } from '../support'
import { widgetReconcile } from './widget-reconcile'

// A retried conditional write whose earlier attempt lost its response, and whose retry then failed its
// condition, is the client's AmbiguousOutcomeError: the lost attempt may have landed. The backfill and the
// migration state settle it as they settle a condition failure. A fault run (test/faults/backfill-faults)
// met one at a checkpoint whose lease had moved, and the whole migration failed.

const tableName = uniqueTableName('orm-ambiguous-writes')
const { v1, v2, spec, key, read } = widgetReconcile(localClient(), tableName)

type Method = 'update' | 'delete'
type Send = (input: never) => Promise<unknown>

/**
 * The real DocumentClient, except that the next `method` call first runs `meanwhile` (the lost attempt, and
 * what other writers did before the retry), then sends the call for real; a condition failure of that send
 * comes back as the AmbiguousOutcomeError the client raises for a retry after a lost response.
 */
function ambiguousNext(doc: DocumentClient, method: Method, meanwhile: (input: never) => Promise<void>) {
  let armed = true
  return new Proxy(doc, {
    get(target, property) {
      const value = Reflect.get(target, property, target) as unknown
      if (property !== method || !armed) return typeof value === 'function' ? value.bind(target) : value
      return async (input: never) => {
        armed = false
        await meanwhile(input)
        try {
          return await (value as Send).call(target, input)
        } catch (error) {
          if (!isConditionalCheckFailed(error)) throw error
          throw new AmbiguousOutcomeError({ operation: 'UpdateItem', conditionFailure: error, attempts: 2 })
        }
      }
    },
  })
}

const stateWith = (doc: DocumentClient): StateTable => ({ ...stateTableOf(v1), doc })

beforeAll(async () => {
  await migrate(v1)
  await v1.model('Widget').create({ id: 'w1', name: 'one', color: 'red', teamId: 't1' })
})
afterAll(() => v1.dropTable())

describe('an ambiguous conditional write in a migration', { timeout: 90_000 }, () => {
  it('is a condition not met, like a plain condition failure; other errors are not', async () => {
    const failure = await v1.doc
      .update({
        TableName: tableName,
        Key: key,
        UpdateExpression: 'SET #n = :n',
        ConditionExpression: 'attribute_not_exists(#pk)',
        ExpressionAttributeNames: { '#n': 'name', '#pk': 'pk' },
        ExpressionAttributeValues: { ':n': 'x' },
      })
      .catch((error: unknown) => error)
    expect(conditionNotMet(failure)).toBe(true)
    const ambiguous = new AmbiguousOutcomeError({
      operation: 'UpdateItem',
      conditionFailure: failure as AmbiguousOutcomeError,
      attempts: 2,
    })
    expect(conditionNotMet(ambiguous)).toBe(true)
    expect(conditionNotMet(new Error('socket hang up'))).toBe(false)
  })

  it.each([
    { models: 'new', color: 'blue', outcome: 'unchanged', settles: 're-read, the keys are right' },
    {
      models: 'old',
      color: 'green',
      outcome: 'written',
      settles: 're-read, write the keys for the new color',
    },
  ] as const)(
    'backfill: the lost attempt landed, then a $models-models write set the color $color; $settles',
    async ({ models, color, outcome }) => {
      await v1.doc.update({ TableName: tableName, Key: key, UpdateExpression: 'REMOVE gsi3pk, gsi3sk' })
      const scanned = await read()
      const doc = ambiguousNext(v1.doc, 'update', async (input) => {
        await v1.doc.update(input)
        const widget = await (models === 'new' ? v2 : v1).model('Widget').findOrFail('w1')
        widget.color = color
        await widget.save()
      })
      const result = await reconcileItem(doc, spec, scanned, new WriteRate(null))
      expect(result).toEqual({ outcome, conflicts: 1 })
      expect(await read()).toMatchObject({ color, gsi3pk: `WIDGET#BY_COLOR#${color}`, name: 'one' })
    },
  )

  it('lease: a renewal whose lease another worker took meanwhile reports the lease lost', async () => {
    const sort = 'JOB#ambiguous#SEG#00000'
    const table = stateTableOf(v1)
    expect(await takeLease(table, sort, 'worker-a', 60_000)).toBe(true)
    const doc = ambiguousNext(v1.doc, 'update', async () => {
      await v1.doc.update({
        TableName: tableName,
        Key: stateKey(table, sort),
        UpdateExpression: 'SET #holder = :holder',
        ExpressionAttributeNames: { '#holder': 'holder' },
        ExpressionAttributeValues: { ':holder': 'worker-b' },
      })
    })
    await expect(renewLease(stateWith(doc), sort, 'worker-a', 60_000)).resolves.toBe(false)
    const { Item } = await v1.doc.get({
      TableName: tableName,
      Key: stateKey(table, sort),
      ConsistentRead: true,
    })
    expect(Item?.holder).toBe('worker-b')
  })

  it('lock: releasing a lock another run took meanwhile leaves that run its lock', async () => {
    const table = stateTableOf(v1)
    const doc = ambiguousNext(v1.doc, 'delete', async () => {
      await v1.doc.update({
        TableName: tableName,
        Key: stateKey(table, 'LOCK'),
        UpdateExpression: 'SET #holder = :holder',
        ExpressionAttributeNames: { '#holder': 'holder' },
        ExpressionAttributeValues: { ':holder': 'run-b' },
      })
    })
    const lock = await acquireLock(stateWith(doc), { holder: 'run-a', leaseMs: 60_000 })
    await expect(lock.release()).resolves.toBeUndefined()
    expect((await readLock(table))?.holder).toBe('run-b')
  })
})
