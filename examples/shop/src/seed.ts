import { isOrmError } from '@dbtooling/orm'
import { Customer, Inventory, Product } from './models'

/** Deterministic catalogue and customers, so the demo prints the same story every run. */
const products = [
  { sku: 'MUG-001', name: 'Enamel mug', priceCents: 1200, stock: 5 },
  { sku: 'TEE-002', name: 'Logo tee', priceCents: 2500, stock: 2 },
  { sku: 'CAP-003', name: 'Canvas cap', priceCents: 1800, stock: 10 },
]
const customers = [
  { name: 'Ada Lovelace', email: 'ada@example.com' },
  { name: 'Grace Hopper', email: 'grace@example.com' },
]

export interface ShopSeed {
  readonly customerIds: string[]
  readonly products: { id: string; sku: string; priceCents: number }[]
  /** The code of the error a second product with a taken SKU got. */
  readonly duplicateSkuError: string
}

export async function seedShop(): Promise<ShopSeed> {
  const customerIds: string[] = []
  for (const customer of customers) customerIds.push(String((await Customer.create(customer)).id))
  const created: ShopSeed['products'] = []
  for (const { stock, ...product } of products) {
    const stored = await Product.create(product)
    await Inventory.create({ productId: String(stored.id), stock })
    created.push({ id: String(stored.id), sku: product.sku, priceCents: product.priceCents })
  }
  let duplicateSkuError = 'none'
  try {
    await Product.create({ sku: 'MUG-001', name: 'Another mug', priceCents: 900 })
  } catch (error) {
    if (!isOrmError(error)) throw error
    duplicateSkuError = error.code
  }
  return { customerIds, products: created, duplicateSkuError }
}
