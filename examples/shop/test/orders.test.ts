import {
  cleanupTestTable,
  createTestTable,
  fake,
  seedTestData,
  snapshotOf,
  type TestTable,
  VOLATILE_FIELDS,
} from '@dbtooling/testing'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { localEndpoint } from '../../../tests/support'
import { Customer, Inventory, Order, OrderItem, type Product, shopModels } from '../src/models'
import { placeOrder } from '../src/place-order'

// How an application tests its own code with @dbtooling/testing: seeded data, then assertions on what was sent.
describe('placing and reading orders (tests written with @dbtooling/testing)', () => {
  let table: TestTable<typeof shopModels>
  let customer: InstanceType<typeof Customer>
  let product: InstanceType<typeof Product>

  beforeAll(async () => {
    table = await createTestTable({ models: shopModels, endpoint: localEndpoint(), prefix: 'shop-orders' })
    const seeded = await seedTestData(table.orm, { Customer: 3, Product: 1 }, { seed: 42 })
    customer = seeded.Customer[0]!
    product = seeded.Product[0]!
    // Inventory is keyed by its product: the factory fills the rest, the step sets the key and the stock.
    await seedTestData(table.orm, {
      Inventory: (f) => f.count(1).set({ productId: String(product.id), stock: 3 }),
    })
  })
  afterAll(() => cleanupTestTable(table))

  it('an order is one transaction that puts the order and its item', async () => {
    table.recorder.reset()
    const line = { productId: String(product.id), quantity: 2, priceCents: Number(product.priceCents) }
    const order = await placeOrder(table.orm, String(customer.id), [line], '2026-04-01T10:00:00.000Z')
    table.recorder.assertRequestCount(1)
    table.recorder.assertRequestCount(1, 'TransactWriteItems')
    table.recorder.assertInserted(Order, { customerId: customer.id, totalCents: 2 * line.priceCents })
    table.recorder.assertInserted(OrderItem, { orderId: order.id, quantity: 2 })
    expect(Number((await Inventory.findOrFail(String(product.id))).stock)).toBe(1)
  })

  it("a customer's orders in a month are one bounded Query on the time index, no whole-type read", async () => {
    table.recorder.reset()
    const april = await Order.where('customerId', String(customer.id))
      .where('placedAt', '>=', '2026-04-01T00:00:00.000Z')
      .where('placedAt', '<', '2026-05-01T00:00:00.000Z')
      .get()
    expect(april).toHaveLength(1)
    table.recorder.assertQueried(Order, {
      index: 'byCustomerPlacedAt',
      costClass: 'Query (bounded partition)',
    })
    table.recorder.assertRequestCount(1)
    table.recorder.assertNoWholeTypeRead()
    table.recorder.assertCapacity({ max: 1, kind: 'read' })
  })

  it('stored items snapshot the same on every run once ids and timestamps are masked', async () => {
    const items = await OrderItem.query().get()
    expect(snapshotOf(items.all(), { mask: [...VOLATILE_FIELDS, 'orderId', 'productId'] })).toEqual([
      {
        id: '<id 1>',
        orderId: '<orderId 1>',
        priceCents: Number(product.priceCents),
        productId: '<productId 1>',
        quantity: 2,
      },
    ])
  })

  it('fake() builds a valid unsaved customer; saving it puts the customer and its email guard', async () => {
    table.recorder.reset()
    const someone = await fake(Customer, { name: 'Test Person' })
    expect(table.recorder.requests).toHaveLength(0)
    expect(String(someone.email)).toMatch(/@/)
    await someone.save()
    table.recorder.assertInserted(Customer, { name: 'Test Person', email: someone.email })
    expect(table.recorder.requests[0]?.written.map((w) => w.entity)).toEqual(['Customer', '_unique'])
  })
})
