// @ts-nocheck: a Stacks app model; its @stacksjs imports resolve to the built-in stand-ins here.
import { defineModel } from '@stacksjs/orm'
import { schema } from '@stacksjs/validation'

export default defineModel({
  name: 'Review',
  traits: { useUuid: true, useSeeder: { count: 30 } },
  belongsTo: ['Book'],
  attributes: {
    stars: {
      fillable: true,
      validation: { rule: schema.number().required().min(1).max(5) },
      factory: (faker) => faker.number.int({ min: 1, max: 5 }),
    },
    body: {
      fillable: true,
      validation: { rule: schema.string().max(2000) },
      factory: (faker) => faker.lorem.paragraph(),
    },
  },
} as const)
