import { Model, type Orm } from '@dbtooling/orm'
import { defineModel, stacksSchema as schema } from '@dbtooling/schema'

export const customerDefinition = defineModel({
  name: 'Customer',
  traits: { useUuid: true, useTimestamps: true },
  attributes: {
    email: {
      type: 'string',
      unique: true,
      fillable: true,
      required: true,
      validation: { rule: schema.string().email(), message: { email: 'Enter an email address' } },
    },
    name: { type: 'string', fillable: true, required: true },
  },
  hasMany: ['Order'],
} as const)

export const productDefinition = defineModel({
  name: 'Product',
  traits: { useUuid: true, useTimestamps: true },
  attributes: {
    // A second product with a taken SKU fails on its guard item, in the same request as the product.
    sku: { type: 'string', unique: true, fillable: true, required: true },
    name: { type: 'string', fillable: true, required: true },
    priceCents: { type: 'number', fillable: true, required: true },
  },
} as const)

export const inventoryDefinition = defineModel({
  name: 'Inventory',
  primaryKey: 'productId',
  traits: { useTimestamps: true },
  attributes: {
    productId: { type: 'string', fillable: true, required: true },
    stock: { type: 'number', fillable: true, required: true },
  },
} as const)

export const orderDefinition = defineModel({
  name: 'Order',
  traits: { useUuid: true, useTimestamps: true },
  // Every order lands on the list-by-type partition; 4 shards spread those writes (reads fan out and merge).
  shards: 4,
  attributes: {
    customerId: { type: 'string', fillable: true, required: true },
    status: { type: 'string', fillable: true, required: true, default: 'placed' },
    totalCents: { type: 'number', fillable: true, required: true },
    placedAt: { type: 'datetime', fillable: true, required: true },
  },
  belongsTo: ['Customer'],
  hasMany: ['OrderItem'],
  indexes: [{ name: 'byCustomerPlacedAt', columns: ['customerId', 'placedAt'] }],
} as const)

export const orderItemDefinition = defineModel({
  name: 'OrderItem',
  traits: { useUuid: true },
  attributes: {
    orderId: { type: 'string', fillable: true, required: true },
    productId: { type: 'string', fillable: true, required: true },
    quantity: { type: 'number', fillable: true, required: true },
    priceCents: { type: 'number', fillable: true, required: true },
  },
  belongsTo: ['Order'],
} as const)

export class Customer extends Model(customerDefinition) {}
export class Product extends Model(productDefinition) {}
export class Inventory extends Model(inventoryDefinition) {}
export class Order extends Model(orderDefinition) {}
export class OrderItem extends Model(orderItemDefinition) {}

/** Every model of the shop, parents first (the order `createOrm` and `seedTestData` take them in). */
export const shopModels = [Customer, Product, Inventory, Order, OrderItem] as const

/** An ORM over the shop's models (`createOrm({ models: shopModels })` or a test table's `orm`). */
export type ShopOrm = Orm<typeof shopModels>
