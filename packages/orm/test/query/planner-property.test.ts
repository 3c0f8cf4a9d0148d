import type { RequestEvent } from '@dbtooling/dynamo-client'
import { defineModel } from '@dbtooling/schema'
import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createOrm, Model } from '../../src/index'
import { localClient, uniqueTableName } from '../support'

/**
 * For random data and random conjunctions of predicates, the planner's results equal a brute-force
 * evaluation over every stored item, and no whole-type read or Scan is sent without a warning.
 */
const Group = defineModel({
  name: 'Group',
  hasMany: ['Card'],
  attributes: { name: { type: 'string' } },
} as const)
const Card = defineModel({
  name: 'Card',
  traits: { useUuid: { kind: 'uuidv7' } },
  belongsTo: ['Group'],
  indexes: [{ name: 'byStatusDue', columns: ['status', 'dueDate'] }],
  attributes: {
    groupId: { type: 'string', required: true, fillable: true },
    status: { type: 'string', required: true, fillable: true },
    rank: { type: 'integer', fillable: true },
    label: { type: 'string', unique: true, fillable: true },
    dueDate: { type: 'string', fillable: true },
  },
} as const)
class CardModel extends Model(Card) {}

const sent: RequestEvent[] = []
const warnings: string[] = []
const orm = createOrm({
  models: [Group, CardModel],
  client: localClient([
    { name: 'sent', onRequest: (event) => void (event.attempt === 1 && sent.push(event)) },
  ]),
  design: { tableName: uniqueTableName('orm-planner-prop') },
  options: { warn: (message) => warnings.push(message) },
})

type Row = Record<string, unknown>
const GROUPS = ['g1', 'g2', 'g3']
const STATUSES = ['todo', 'doing', 'done']
const DATES = ['2026-01-05', '2026-01-12', '2026-02-01', '2026-02-20', '2026-03-03']
const stored: Row[] = []

const rowArb = fc.record(
  {
    groupId: fc.constantFrom(...GROUPS),
    status: fc.constantFrom(...STATUSES),
    rank: fc.integer({ min: 0, max: 5 }),
    dueDate: fc.constantFrom(...DATES),
  },
  { requiredKeys: ['groupId', 'status'] },
)

beforeAll(async () => {
  await orm.createTable()
  const rows = fc.sample(rowArb, { numRuns: 40, seed: 17 })
  const created = await Promise.all(
    rows.map((row, index) =>
      CardModel.create({ ...row, ...(index % 3 === 0 ? {} : { label: `l${index}` }) }),
    ),
  )
  for (const card of created) stored.push({ ...card.toJSON() })
}, 60_000)

afterAll(() => orm.dropTable())

type Pred =
  | { kind: 'cmp'; field: string; op: '=' | '<>' | '<' | '<=' | '>' | '>='; value: string | number }
  | { kind: 'between'; field: string; low: string | number; high: string | number }
  | { kind: 'notNull'; field: string }

const valueFor: Record<string, fc.Arbitrary<string | number>> = {
  groupId: fc.constantFrom(...GROUPS),
  status: fc.constantFrom(...STATUSES),
  rank: fc.integer({ min: 0, max: 5 }),
  dueDate: fc.constantFrom(...DATES),
  label: fc.constantFrom('l1', 'l2', 'l4', 'l5', 'l7', 'l99'),
}
const fieldArb = fc.constantFrom(...Object.keys(valueFor))
const predArb: fc.Arbitrary<Pred> = fieldArb.chain((field) =>
  fc.oneof(
    fc.record({
      kind: fc.constant('cmp' as const),
      field: fc.constant(field),
      op: fc.constantFrom(
        '=' as const,
        '=' as const,
        '<>' as const,
        '<' as const,
        '<=' as const,
        '>' as const,
        '>=' as const,
      ),
      value: valueFor[field]!,
    }),
    fc.record({
      kind: fc.constant('between' as const),
      field: fc.constant(field),
      low: valueFor[field]!,
      high: valueFor[field]!,
    }),
    fc.record({ kind: fc.constant('notNull' as const), field: fc.constant(field) }),
  ),
)

/** DynamoDB filter semantics, written independently of the ORM: one type per comparison, missing fails. */
function holds(row: Row, pred: Pred): boolean {
  const value = row[pred.field]
  if (pred.kind === 'notNull') return value !== undefined && value !== null
  const cmp = (a: unknown, b: unknown) =>
    typeof a === typeof b ? ((a as number) < (b as number) ? -1 : a === b ? 0 : 1) : null
  if (pred.kind === 'between') {
    const low = cmp(value, pred.low)
    const high = cmp(value, pred.high)
    return low !== null && high !== null && low >= 0 && high <= 0
  }
  if (pred.op === '<>') return value !== pred.value
  const order = cmp(value, pred.value)
  if (order === null) return false
  return { '=': order === 0, '<': order < 0, '<=': order <= 0, '>': order > 0, '>=': order >= 0 }[pred.op]
}

function build(preds: readonly Pred[]) {
  let query = CardModel.query()
  for (const pred of preds) {
    const field = pred.field as 'status'
    if (pred.kind === 'cmp') query = query.where(field, pred.op, pred.value as string)
    else if (pred.kind === 'between')
      query = query.whereBetween(field, [pred.low as string, pred.high as string])
    else query = query.whereNotNull(field)
  }
  return query
}

/** A request that reads every Card (the type entry without a sort bound) or the whole table. */
function broad(event: RequestEvent): boolean {
  if (event.operation === 'Scan') return true
  const input = event.input as { IndexName?: string; KeyConditionExpression?: string }
  const list = orm.ctx.design.entities.Card!.access.list
  return (
    event.operation === 'Query' &&
    input.IndexName === list?.index &&
    !input.KeyConditionExpression?.includes(' AND ')
  )
}

describe('planner property', () => {
  it('returns what a brute-force filter over every item returns, and warns for every broad read', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(predArb, { minLength: 1, maxLength: 3 }), async (preds) => {
        sent.length = 0
        warnings.length = 0
        const query = build(preds)
        const ids = (await query.get())
          .map((card) => card.id as string)
          .all()
          .sort()
        const expected = stored
          .filter((row) => preds.every((pred) => holds(row, pred)))
          .map((row) => row.id as string)
          .sort()
        expect(ids).toEqual(expected)
        if (sent.some(broad)) {
          // The warning goes out once per shape per ORM: it was sent now or for an earlier query of this shape.
          const explained = query.explain()
          expect(explained.warnings).toHaveLength(1)
          expect(['Query (whole type)', 'Scan']).toContain(explained.costClass)
        }
        if (query.explain().warnings.length > 0) seen.add(query.explain().warnings[0]!)
        for (const message of warnings) delivered.add(message)
      }),
      { numRuns: 200, seed: 1717 },
    )
    for (const warning of seen)
      expect([...delivered].some((message) => message.startsWith(warning))).toBe(true)
  }, 60_000)
})

const seen = new Set<string>()
const delivered = new Set<string>()
