import { defineModel, deriveDesign, type TableDesign } from '@dbtooling/schema'

/** A small model set covering the table, type-list GSI, belongsTo GSI, a model index and an LSI. */
export const User = defineModel({
  name: 'User',
  traits: { useTimestamps: true, useSoftDeletes: true },
  belongsTo: ['Team'],
  hasMany: ['Post'],
  hasOne: [{ model: 'Profile', collection: true }],
  attributes: {
    name: { type: 'string', required: true, fillable: true },
    email: { type: 'string', unique: true, fillable: true },
    age: { type: 'integer', fillable: true },
    status: { type: 'string', fillable: true, default: 'active' },
    teamId: { type: 'string', fillable: true },
    tags: { type: 'array', fillable: true },
  },
} as const)

export const Team = defineModel({
  name: 'Team',
  hasMany: ['User'],
  attributes: { name: { type: 'string', required: true, fillable: true } },
} as const)

export const Post = defineModel({
  name: 'Post',
  traits: { useTimestamps: true },
  belongsTo: ['User'],
  indexes: [
    { name: 'byStatus', columns: ['status', 'publishedAt'] },
    { name: 'byTitle', columns: ['title'], local: true },
  ],
  attributes: {
    title: { type: 'string', required: true, fillable: true },
    userId: { type: 'string', required: true, fillable: true },
    status: { type: 'string', required: true, fillable: true },
    publishedAt: { type: 'datetime', fillable: true },
    views: { type: 'integer', fillable: true },
  },
} as const)

export const Profile = defineModel({
  name: 'Profile',
  belongsTo: ['User'],
  attributes: {
    bio: { type: 'string', fillable: true },
    userId: { type: 'string', required: true, fillable: true },
  },
} as const)

export const models = [User, Team, Post, Profile] as const

export function testDesign(tableName = 'query-unit'): TableDesign {
  return deriveDesign([...models], { tableName })
}
