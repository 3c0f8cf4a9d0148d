import { cleanupTestTable, createTestTable, type RecordedRequest, type TestTable } from '@dbtooling/testing'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { localEndpoint } from '../../../tests/support'
import { Order, shopModels } from '../src/models'
import { runShop, type ShopRunResult } from '../src/shop'

describe('examples/shop (the demo story, checked with @dbtooling/testing)', () => {
  let table: TestTable<typeof shopModels>
  let result: ShopRunResult
  let sentByRun: RecordedRequest[]
  const lines: string[] = []

  beforeAll(async () => {
    table = await createTestTable({ models: shopModels, endpoint: localEndpoint(), prefix: 'shop' })
    table.recorder.reset()
    result = await runShop(table.orm, (line) => lines.push(line))
    sentByRun = [...table.recorder.requests]
  })
  afterAll(() => cleanupTestTable(table))

  it('refuses a taken SKU, places orders in one transaction each, and cancels an order short of stock', async () => {
    expect(result.duplicateSkuError).toBe('UNIQUE_CONSTRAINT')
    expect(result.ordersPlaced).toBe(5)
    expect(result.sent.placeOrder).toBe('TransactWriteItems x1')
    expect(result.outOfStockError).toBe('CONDITIONAL_CHECK_FAILED')
    expect(result.sent.outOfStock).toBe('TransactWriteItems x1')
    expect(result.stockBefore).toBe(1)
    expect(result.stockAfterRefusal).toBe(1)
    expect(lines.join('\n')).toContain(
      '2. Ordering 5 of TEE-002 (stock 1) was cancelled: CONDITIONAL_CHECK_FAILED; sent: TransactWriteItems x1; stock after: 1',
    )
    // Six transactions tried to put an order; the cancelled one wrote nothing, so five are stored.
    expect(sentByRun.filter((r) => r.written.some((w) => w.entity === 'Order'))).toHaveLength(6)
    expect(await Order.query().count()).toBe(5)
  })

  it('answers each read with the request explain() names, and prints what the counter saw', () => {
    expect(result.plans.bySku).toMatchObject({ operation: 'GetItem', costClass: 'GetItem' })
    expect(result.sent.bySku).toBe('GetItem x2')
    expect(result.plans.january).toMatchObject({
      costClass: 'Query (bounded partition)',
      reason: 'index byCustomerPlacedAt',
    })
    expect(result.plans.january.keyCondition).toContain(
      'BETWEEN "2026-01-01T00:00:00.000Z" AND "2026-02-01T00:00:00.000Z"',
    )
    expect(result.januaryOrders).toBe(2)
    expect(result.sent.january).toBe('Query x1')
    expect(result.itemsOfFirstOrder).toBe(2)
    expect(result.sent.items).toBe('Query x1')
    expect(result.plans.latest.fanOut?.branches).toBe(4)
    expect(result.sent.latest).toBe('Query x4')
    expect(result.latestOrders).toEqual([
      '2026-03-01T08:45:00.000Z',
      '2026-02-11T12:00:00.000Z',
      '2026-01-22T09:00:00.000Z',
    ])
    const output = lines.join('\n')
    expect(output).toContain(`key: ${result.plans.january.keyCondition}; requests sent: Query x1`)
    expect(output).toContain(
      `4 branches: ${result.plans.latest.fanOut?.keyConditions.join(' | ')}; requests sent: Query x4`,
    )
  })

  it('the totals it printed are the requests the recorder saw, and the reads never scan', () => {
    const printed = lines.find((line) => line.includes('Requests sent in all:'))
    const counts = JSON.parse(printed?.split('Requests sent in all: ')[1] ?? '{}') as Record<string, number>
    const seen: Record<string, number> = {}
    for (const request of sentByRun) seen[request.operation] = (seen[request.operation] ?? 0) + 1
    expect(counts).toEqual(seen)
    table.recorder.assertNoScan()
    table.recorder.assertQueried('Order', {
      index: 'byCustomerPlacedAt',
      costClass: 'Query (bounded partition)',
    })
    table.recorder.assertQueried('OrderItem', { index: result.plans.items.index ?? 'table' })
    // The latest-orders read is the sharded list-by-type entry: one Query per shard, each on its own partition.
    const shardReads = sentByRun.filter((r) => r.costClass === 'Query (whole type)')
    expect(shardReads.map((r) => r.keyClauses[0]?.values[0]).sort()).toEqual([
      'ORDER#0',
      'ORDER#1',
      'ORDER#2',
      'ORDER#3',
    ])
  })
})
