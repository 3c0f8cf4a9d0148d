import type { Model } from '@stacksjs/types'
import { schema } from '@stacksjs/validation'

export default {
  name: 'User',
  table: 'users',
  primaryKey: 'id',
  autoIncrement: false,

  traits: {
    useUuid: true,
    useTimestamps: true,
    useSoftDeletes: true,
    useAuth: { usePasskey: true },
    useSearch: {
      displayable: ['id', 'name', 'email'],
      searchable: ['name', 'email'],
      sortable: ['createdAt'],
      filterable: ['teamId'],
    },
    useSeeder: { count: 10 },
    useApi: { uri: 'users', routes: ['index', 'store', 'show'] },
  },

  belongsTo: ['Team'],
  hasMany: ['Post', 'Comment'],
  hasOne: ['Profile'],
  belongsToMany: [{ model: 'Role', pivot: { attributes: ['grantedAt'] } }],

  attributes: {
    name: {
      required: true,
      fillable: true,
      validation: {
        rule: schema.string().minLength(2).maxLength(80),
        message: { minLength: 'Name must have at least 2 characters' },
      },
      factory: (faker) => faker.person.fullName(),
    },
    email: {
      required: true,
      unique: true,
      fillable: true,
      validation: {
        rule: schema.string().email(),
        message: { email: 'Email must be a valid address' },
      },
      factory: (faker) => faker.internet.email(),
    },
    password: {
      required: true,
      fillable: true,
      hidden: true,
      validation: {
        rule: schema.string().minLength(8),
        message: { minLength: 'Password must have at least 8 characters' },
      },
      factory: (faker) => faker.internet.password(),
    },
  },

  dashboard: { highlight: true },
} satisfies Model
