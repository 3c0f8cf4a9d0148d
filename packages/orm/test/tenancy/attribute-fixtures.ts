import { defineModel } from '@dbtooling/schema'

// Own models (not the relations fixtures): a unique attribute, belongsTo/hasMany and belongsToMany edges.
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
    email: { type: 'string', fillable: true, unique: true },
    teamId: { type: 'string', fillable: true },
    logins: { type: 'number', fillable: true },
  },
  belongsTo: ['Team'],
  hasMany: ['Post'],
  belongsToMany: ['Role'],
} as const)

export const Post = defineModel({
  name: 'Post',
  traits: { useUuid: true },
  attributes: { title: { type: 'string', fillable: true }, userId: { type: 'string', fillable: true } },
  belongsTo: ['User'],
} as const)

export const Role = defineModel({
  name: 'Role',
  attributes: { name: { type: 'string', fillable: true } },
  belongsToMany: ['User'],
} as const)

export const models = [Team, User, Post, Role] as const
