// @ts-nocheck: a Stacks app model; its @stacksjs imports resolve to the built-in stand-ins here.
import { defineModel } from '@stacksjs/orm'
import { schema } from '@stacksjs/validation'

export default defineModel({
  name: 'Genre',
  traits: { useUuid: true, useSeeder: { count: 6 } },
  belongsToMany: ['Book'],
  attributes: {
    name: {
      unique: true,
      fillable: true,
      validation: { rule: schema.string().required().max(40) },
      factory: (faker) => faker.book.genre(),
    },
  },
} as const)
