import { createRequestCounter, type RequestCounter } from '@dbtooling/dynamo-client'
import { isOrmError } from '@dbtooling/orm'
import { Inventory, Order, OrderItem, Product, type ShopOrm } from './models'
import { placeOrder } from './place-order'
import { type ShopSeed, seedShop } from './seed'
import { describeRead, type ExplainedRead, measured } from './step-report'

type ReadStep = 'bySku' | 'january' | 'items' | 'latest'

export interface ShopRunResult {
  readonly duplicateSkuError: string
  readonly ordersPlaced: number
  readonly outOfStockError: string
  readonly stockBefore: number
  readonly stockAfterRefusal: number
  readonly januaryOrders: number
  readonly itemsOfFirstOrder: number
  readonly latestOrders: string[]
  /** What the counter saw each step send, as printed. */
  readonly sent: Record<'placeOrder' | 'outOfStock' | ReadStep, string>
  readonly plans: Record<ReadStep, ExplainedRead>
}

type Log = (line: string) => void

// Orders across three months, so a time-range query has something to leave out.
const schedule = [
  {
    customer: 0,
    placedAt: '2026-01-05T10:00:00.000Z',
    lines: [
      [0, 1],
      [2, 2],
    ],
  },
  { customer: 0, placedAt: '2026-01-20T15:30:00.000Z', lines: [[1, 1]] },
  { customer: 1, placedAt: '2026-01-22T09:00:00.000Z', lines: [[0, 2]] },
  { customer: 0, placedAt: '2026-02-11T12:00:00.000Z', lines: [[2, 1]] },
  { customer: 0, placedAt: '2026-03-01T08:45:00.000Z', lines: [[0, 1]] },
] as const

async function placeOrders(orm: ShopOrm, seed: ShopSeed, counter: RequestCounter, log: Log) {
  const placed: Order[] = []
  let sent = ''
  for (const entry of schedule) {
    const lines = entry.lines.map(([product, quantity]) => {
      const { id, priceCents } = seed.products[product]!
      return { productId: id, quantity, priceCents }
    })
    const customerId = seed.customerIds[entry.customer]!
    const step = await measured(counter, () => placeOrder(orm, customerId, lines, entry.placedAt))
    placed.push(step.value)
    sent = step.sent
  }
  log(`1. Placed ${placed.length} orders; each one sent: ${sent}`)
  return { placed, sent }
}

async function refuseShortOrder(orm: ShopOrm, seed: ShopSeed, counter: RequestCounter, log: Log) {
  const tee = seed.products[1]!
  const stockBefore = Number((await Inventory.findOrFail(tee.id)).stock)
  const line = { productId: tee.id, quantity: 5, priceCents: tee.priceCents }
  const refused = await measured(counter, async () => {
    try {
      await placeOrder(orm, seed.customerIds[1]!, [line], '2026-03-02T00:00:00.000Z')
      return 'none'
    } catch (error) {
      if (!isOrmError(error)) throw error
      return error.code
    }
  })
  const stockAfter = Number((await Inventory.findOrFail(tee.id)).stock)
  log(
    `2. Ordering 5 of ${tee.sku} (stock ${stockBefore}) was cancelled: ${refused.value}; sent: ${refused.sent}; stock after: ${stockAfter}`,
  )
  return { error: refused.value, sent: refused.sent, stockBefore, stockAfter }
}

async function readSteps(seed: ShopSeed, firstOrder: Order, counter: RequestCounter, log: Log) {
  const bySkuQuery = Product.where('sku', 'CAP-003')
  const bySku = await measured(counter, () => bySkuQuery.first())
  log(`3. Product by SKU CAP-003: ${bySku.value?.name}`)
  log(describeRead(bySkuQuery.explain(), bySku.sent))

  const januaryQuery = Order.where('customerId', seed.customerIds[0]!)
    .where('placedAt', '>=', '2026-01-01T00:00:00.000Z')
    .where('placedAt', '<', '2026-02-01T00:00:00.000Z')
  const january = await measured(counter, () => januaryQuery.get())
  log(`4. Ada's orders in January 2026: ${january.value.length}`)
  log(describeRead(januaryQuery.explain(), january.sent))

  const itemsQuery = OrderItem.where('orderId', String(firstOrder.id))
  const items = await measured(counter, () => itemsQuery.get())
  log(`5. Items of the first order: ${items.value.length}`)
  log(describeRead(itemsQuery.explain(), items.sent))

  const latestQuery = Order.query().latest().limit(3)
  const latest = await measured(counter, () => latestQuery.get())
  const latestOrders = latest.value.all().map((order) => String(order.placedAt))
  log(`6. The shop's 3 latest orders (sharded type index): ${latestOrders.join(', ')}`)
  log(describeRead(latestQuery.explain(), latest.sent))
  return {
    januaryOrders: january.value.length,
    itemsOfFirstOrder: items.value.length,
    latestOrders,
    sent: { bySku: bySku.sent, january: january.sent, items: items.sent, latest: latest.sent },
    plans: {
      bySku: bySkuQuery.explain(),
      january: januaryQuery.explain(),
      items: itemsQuery.explain(),
      latest: latestQuery.explain(),
    },
  }
}

/** The whole story on an ORM whose table exists; every printed request comes from explain() or the counter. */
export async function runShop(orm: ShopOrm, log: Log): Promise<ShopRunResult> {
  const counter = createRequestCounter()
  const stop = orm.client.use(counter)
  try {
    const indexes = orm.design.globalIndexes.map((g) => `${g.name} (${g.serves.join('; ')})`)
    log(`Table "${orm.tableName}": ${indexes.join(', ')}`)
    const seed = await seedShop()
    log(`Seeded ${seed.customerIds.length} customers and ${seed.products.length} products with stock`)
    log(`A second product with SKU MUG-001 was refused: ${seed.duplicateSkuError}\n`)
    const orders = await placeOrders(orm, seed, counter, log)
    const refusal = await refuseShortOrder(orm, seed, counter, log)
    const reads = await readSteps(seed, orders.placed[0]!, counter, log)
    log(`\nRequests sent in all: ${JSON.stringify(counter.counts)}`)
    return {
      duplicateSkuError: seed.duplicateSkuError,
      ordersPlaced: orders.placed.length,
      outOfStockError: refusal.error,
      stockBefore: refusal.stockBefore,
      stockAfterRefusal: refusal.stockAfter,
      januaryOrders: reads.januaryOrders,
      itemsOfFirstOrder: reads.itemsOfFirstOrder,
      latestOrders: reads.latestOrders,
      sent: { placeOrder: orders.sent, outOfStock: refusal.sent, ...reads.sent },
      plans: reads.plans,
    }
  } finally {
    stop()
  }
}
