import type { Model } from '@stacksjs/types'
import { schema } from '@stacksjs/validation'

export default {
  name: 'Post',
  table: 'posts',
  primaryKey: 'id',
  autoIncrement: false,

  traits: {
    useUuid: true,
    useTimestamps: true,
    useSeeder: { count: 20 },
    useApi: { uri: 'posts', routes: ['index', 'store', 'show', 'update', 'destroy'] },
  },

  belongsTo: ['User'],
  hasMany: ['Comment'],
  belongsToMany: ['Tag'],

  indexes: [{ name: 'byStatus', columns: ['status', 'publishedAt'] }],

  attributes: {
    title: {
      required: true,
      fillable: true,
      validation: {
        rule: schema.string().minLength(3).maxLength(255),
        message: { minLength: 'Title must have a minimum of 3 characters' },
      },
      factory: (faker) => faker.lorem.sentence(),
    },
    body: {
      required: true,
      fillable: true,
      validation: {
        rule: schema.string().minLength(10),
        message: { minLength: 'Body is at least 10 characters' },
      },
      factory: (faker) => faker.lorem.paragraphs(2),
    },
    views: {
      required: true,
      fillable: true,
      default: 0,
      validation: { rule: schema.number().min(0), message: { min: 'Views cannot be negative' } },
      factory: (faker) => faker.number.int({ min: 0, max: 1000 }),
    },
    status: {
      required: true,
      fillable: true,
      default: 'draft',
      validation: {
        rule: schema.enum(['published', 'draft', 'archived']),
        message: { oneOf: 'Status must be published, draft or archived' },
      },
      factory: (faker) => faker.helpers.arrayElement(['published', 'draft', 'archived']),
    },
    publishedAt: {
      required: false,
      fillable: true,
      validation: {
        rule: schema.number().min(0),
        message: { min: 'Published timestamp cannot be negative' },
      },
      factory: (faker) => faker.date.past().getTime(),
    },
  },
} satisfies Model
