import type { Middleware } from '@dbtooling/dynamo-client'
import { defineModel, stacksSchema as schema } from '@dbtooling/schema'
import { createOrm, Model } from '../../src/index'
import { localClient, uniqueTableName } from '../support'

export const teamDefinition = defineModel({
  name: 'Team',
  traits: { useUuid: true },
  // `description` also names a factory's property: for(team) must still see a model.
  attributes: { name: { type: 'string', fillable: true, required: true }, description: { type: 'string' } },
  hasMany: ['User'],
} as const)

export const userDefinition = defineModel({
  name: 'User',
  traits: { useUuid: true, useTimestamps: true },
  attributes: {
    email: {
      type: 'string',
      unique: true,
      required: true,
      validation: { rule: schema.string().email(), message: { email: 'Enter an email address' } },
    },
    name: { type: 'string', required: true, validation: { rule: schema.string().min(2).max(40) } },
    role: { type: 'string', validation: { rule: schema.enum(['admin', 'editor', 'viewer']) } },
    age: { type: 'number', validation: { rule: schema.number().min(18).max(99) } },
    website: { type: 'string', validation: { rule: schema.string().url() } },
    birthday: { type: 'date' },
    teamId: { type: 'string' },
  },
  belongsTo: ['Team'],
  hasMany: ['Post'],
  belongsToMany: [{ model: 'Role', pivot: { attributes: ['grantedAt'] } }],
} as const)

export const postDefinition = defineModel({
  name: 'Post',
  traits: { useUuid: true, useTimestamps: true },
  attributes: {
    title: { type: 'string', required: true, validation: { rule: schema.string().min(3).max(80) } },
    status: { type: 'string', validation: { rule: schema.enum(['draft', 'published']) } },
    userId: { type: 'string' },
  },
  belongsTo: ['User'],
} as const)

export const roleDefinition = defineModel({
  name: 'Role',
  traits: { useUuid: true },
  attributes: { name: { type: 'string', unique: true, required: true } },
  belongsToMany: ['User'],
} as const)

/** An ORM over a fresh table with the four models above; call `orm.createTable()` before use. */
export function factoryOrm(prefix: string, middleware: Middleware[] = []) {
  const Team = Model(teamDefinition)
  const User = Model(userDefinition)
  const Post = Model(postDefinition)
  const Role = Model(roleDefinition)
  const orm = createOrm({
    models: [Team, User, Post, Role],
    client: localClient(middleware),
    design: { tableName: uniqueTableName(prefix) },
  })
  return { orm, Team, User, Post, Role }
}
