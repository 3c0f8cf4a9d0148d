import type { Model } from '@stacksjs/types'
import { schema } from '@stacksjs/validation'

export default {
  name: 'Role',
  table: 'roles',
  primaryKey: 'id',

  traits: { useUuid: true },

  belongsToMany: ['User'],

  attributes: {
    name: {
      required: true,
      unique: true,
      fillable: true,
      validation: { rule: schema.enum(['admin', 'editor', 'viewer']), message: { oneOf: 'Unknown role' } },
      factory: (faker) => faker.helpers.arrayElement(['admin', 'editor', 'viewer']),
    },
  },
} satisfies Model
