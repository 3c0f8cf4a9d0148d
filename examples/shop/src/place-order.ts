import { ge } from '@dbtooling/dynamo-client'
import { Inventory, Order, OrderItem, type ShopOrm } from './models'

export interface OrderLine {
  readonly productId: string
  readonly quantity: number
  readonly priceCents: number
}

/**
 * One TransactWriteItems: the order, its items, and a stock decrement per line conditioned on enough
 * stock. If any line is short, DynamoDB cancels the whole transaction: no order, no items, no stock taken.
 */
export async function placeOrder(
  orm: ShopOrm,
  customerId: string,
  lines: readonly OrderLine[],
  placedAt: string,
): Promise<Order> {
  const totalCents = lines.reduce((sum, line) => sum + line.quantity * line.priceCents, 0)
  return orm.transaction(async (trx) => {
    const order = await trx.create(Order, { customerId, totalCents, placedAt, status: 'placed' })
    for (const line of lines) {
      await trx.create(OrderItem, { orderId: String(order.id), ...line })
      trx.decrement(Inventory, line.productId, 'stock', line.quantity, {
        condition: ge('stock', line.quantity),
      })
    }
    return order
  })
}
