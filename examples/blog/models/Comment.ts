import type { Model } from '@stacksjs/types'
import { schema } from '@stacksjs/validation'

export default {
  name: 'Comment',
  table: 'comments',
  primaryKey: 'id',

  traits: { useUuid: true, useTimestamps: true, useSoftDeletes: true },

  belongsTo: ['Post', 'User'],

  attributes: {
    body: {
      required: true,
      fillable: true,
      validation: {
        rule: schema.string().minLength(1).maxLength(2000),
        message: { minLength: 'Comment is empty' },
      },
      factory: (faker) => faker.lorem.sentence(),
    },
  },
} satisfies Model
