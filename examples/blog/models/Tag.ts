import type { Model } from '@stacksjs/types'
import { schema } from '@stacksjs/validation'

export default {
  name: 'Tag',
  table: 'tags',
  primaryKey: 'id',

  traits: { useUuid: true },

  belongsToMany: ['Post'],

  attributes: {
    name: {
      required: true,
      unique: true,
      fillable: true,
      validation: {
        rule: schema.string().minLength(1).maxLength(40),
        message: { maxLength: 'Tag is too long' },
      },
      factory: (faker) => faker.word.noun(),
    },
  },
} satisfies Model
