import type { Model } from '@stacksjs/types'
import { schema } from '@stacksjs/validation'

export default {
  name: 'Profile',
  table: 'profiles',
  primaryKey: 'id',

  traits: { useUuid: true, useTimestamps: true },

  belongsTo: ['User'],

  attributes: {
    bio: {
      required: false,
      fillable: true,
      validation: {
        rule: schema.string().maxLength(500),
        message: { maxLength: 'Bio is at most 500 characters' },
      },
      factory: (faker) => faker.lorem.sentence(),
    },
    website: {
      required: false,
      fillable: true,
      validation: { rule: schema.string().url(), message: { url: 'Website must be a URL' } },
      factory: (faker) => faker.internet.url(),
    },
  },
} satisfies Model
