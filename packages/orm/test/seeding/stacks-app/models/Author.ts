// @ts-nocheck: a Stacks app model; its @stacksjs imports resolve to the built-in stand-ins here.
import { defineModel } from '@stacksjs/orm'
import { schema } from '@stacksjs/validation'

export default defineModel({
  name: 'Author',
  traits: { useUuid: true, useTimestamps: true, useSeeder: { count: 4 } },
  hasMany: ['Book'],
  attributes: {
    name: {
      fillable: true,
      validation: { rule: schema.string().required().max(80) },
      factory: (faker) => faker.person.fullName(),
    },
    email: {
      unique: true,
      fillable: true,
      validation: { rule: schema.string().email().required() },
      factory: (faker) => faker.internet.email().toLowerCase(),
    },
    country: {
      fillable: true,
      validation: { rule: schema.string().max(60) },
      factory: (faker) => faker.location.country(),
    },
  },
} as const)
