// @ts-nocheck: a Stacks app model; its @stacksjs imports resolve to the built-in stand-ins here.
import { defineModel } from '@stacksjs/orm'
import { schema } from '@stacksjs/validation'

export default defineModel({
  name: 'Book',
  traits: { useUuid: true, useTimestamps: true, useSeeder: { count: 12 } },
  belongsTo: ['Author'],
  hasMany: ['Review'],
  belongsToMany: [{ model: 'Genre', pivot: { attributes: ['addedAt'] } }],
  attributes: {
    title: {
      fillable: true,
      validation: { rule: schema.string().required().min(2).max(120) },
      factory: (faker) => faker.book.title(),
    },
    isbn: {
      unique: true,
      fillable: true,
      validation: { rule: schema.string().required() },
      factory: (faker) => faker.commerce.isbn(13),
    },
    pages: {
      fillable: true,
      validation: { rule: schema.number().min(40).max(1200) },
      factory: (faker) => faker.number.int({ min: 40, max: 1200 }),
    },
    format: {
      fillable: true,
      validation: { rule: schema.enum(['hardcover', 'paperback', 'ebook']) },
      factory: (faker) => faker.helpers.arrayElement(['hardcover', 'paperback', 'ebook']),
    },
  },
} as const)
