import { defineModel } from '@dbtooling/schema'

export const Team = defineModel({
  name: 'Team',
  attributes: { name: { type: 'string', fillable: true } },
  hasMany: ['User'],
} as const)

export const Topic = defineModel({
  name: 'Topic',
  attributes: { name: { type: 'string', fillable: true } },
  hasMany: ['Post'],
} as const)

export const User = defineModel({
  name: 'User',
  attributes: { name: { type: 'string', fillable: true }, teamId: { type: 'string', fillable: true } },
  belongsTo: ['Team'],
  hasMany: ['Post'],
  hasOne: ['Profile'],
  belongsToMany: [{ model: 'Role', pivot: { attributes: ['level'] } }],
} as const)

export const Profile = defineModel({
  name: 'Profile',
  attributes: { bio: { type: 'string', fillable: true }, userId: { type: 'string', fillable: true } },
  belongsTo: ['User'],
} as const)

export const Post = defineModel({
  name: 'Post',
  traits: { useTimestamps: true },
  attributes: {
    title: { type: 'string', fillable: true },
    userId: { type: 'string', fillable: true },
    topicId: { type: 'string', fillable: true },
    rank: { type: 'number', fillable: true },
  },
  belongsTo: ['User', 'Topic'],
  hasMany: [{ model: 'Comment', collection: true }],
} as const)

export const Comment = defineModel({
  name: 'Comment',
  attributes: { body: { type: 'string', fillable: true }, postId: { type: 'string', fillable: true } },
  belongsTo: ['Post'],
} as const)

export const Role = defineModel({
  name: 'Role',
  attributes: { name: { type: 'string', fillable: true } },
  belongsToMany: ['User'],
} as const)

export const models = [Team, Topic, User, Profile, Post, Comment, Role] as const

/** Group sizes the request-count tests use: N parents per group. */
export const SIZES = [1, 50, 250] as const
