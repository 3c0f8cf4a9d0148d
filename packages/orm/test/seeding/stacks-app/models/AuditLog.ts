// @ts-nocheck: a Stacks app model without useSeeder: automatic seeding leaves it empty.
import { defineModel } from '@stacksjs/orm'

export default defineModel({
  name: 'AuditLog',
  traits: { useUuid: true },
  attributes: {
    action: { fillable: true, factory: (faker) => faker.hacker.verb() },
  },
} as const)
