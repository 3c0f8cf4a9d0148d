import { defineModel } from '@dbtooling/schema'

export const Team = defineModel({
  name: 'Team',
  attributes: { name: { type: 'string', fillable: true } },
  hasMany: ['User'],
} as const)

export const User = defineModel({
  name: 'User',
  traits: { useUuid: true },
  attributes: {
    name: { type: 'string', fillable: true },
    teamId: { type: 'string', fillable: true },
  },
  belongsTo: ['Team'],
  hasMany: ['Post'],
  hasOne: ['Profile'],
  belongsToMany: [{ model: 'Role', pivot: { attributes: ['level', 'grantedBy'] } }],
} as const)

export const Profile = defineModel({
  name: 'Profile',
  traits: { useUuid: true },
  attributes: { bio: { type: 'string', fillable: true }, userId: { type: 'string', fillable: true } },
  belongsTo: ['User'],
} as const)

export const Post = defineModel({
  name: 'Post',
  traits: { useUuid: true, useTimestamps: true },
  attributes: {
    title: { type: 'string', fillable: true },
    userId: { type: 'string', fillable: true },
    rank: { type: 'number', fillable: true },
  },
  belongsTo: ['User'],
  hasMany: [{ model: 'Comment', collection: true }],
} as const)

export const Comment = defineModel({
  name: 'Comment',
  traits: { useUuid: true },
  attributes: { body: { type: 'string', fillable: true }, postId: { type: 'string', fillable: true } },
  belongsTo: ['Post'],
} as const)

export const Role = defineModel({
  name: 'Role',
  attributes: { name: { type: 'string', fillable: true } },
  belongsToMany: ['User'],
} as const)

export const models = [Team, User, Profile, Post, Comment, Role] as const
