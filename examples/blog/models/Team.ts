import type { Model } from '@stacksjs/types'
import { schema } from '@stacksjs/validation'

export default {
  name: 'Team',
  table: 'teams',
  primaryKey: 'id',
  autoIncrement: false,

  traits: {
    useUuid: true,
    useTimestamps: true,
    useSeeder: { count: 3 },
  },

  hasMany: ['User'],

  attributes: {
    name: {
      required: true,
      unique: true,
      fillable: true,
      validation: {
        rule: schema.string().minLength(2).maxLength(100),
        message: { minLength: 'Team name must have at least 2 characters' },
      },
      factory: (faker) => faker.company.name(),
    },
    plan: {
      required: true,
      fillable: true,
      default: 'free',
      validation: {
        rule: schema.enum(['free', 'pro', 'enterprise']),
        message: { oneOf: 'Plan must be free, pro or enterprise' },
      },
      factory: (faker) => faker.helpers.arrayElement(['free', 'pro', 'enterprise']),
    },
  },
} satisfies Model
