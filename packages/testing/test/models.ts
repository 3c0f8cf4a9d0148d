import { Model } from '@dbtooling/orm'
import { defineModel, stacksSchema as schema } from '@dbtooling/schema'

export const teamDefinition = defineModel({
  name: 'Team',
  traits: { useUuid: true, useTimestamps: true },
  attributes: {
    name: { type: 'string', fillable: true, required: true },
  },
  hasMany: ['Member'],
} as const)

export const memberDefinition = defineModel({
  name: 'Member',
  traits: { useUuid: true, useTimestamps: true },
  attributes: {
    email: {
      type: 'string',
      unique: true,
      fillable: true,
      required: true,
      validation: { rule: schema.string().email(), message: { email: 'Enter an email address' } },
    },
    name: { type: 'string', fillable: true, required: true },
    role: {
      type: 'string',
      fillable: true,
      required: true,
      validation: { rule: schema.enum(['owner', 'editor', 'viewer']), message: {} },
    },
    teamId: { type: 'string', fillable: true },
  },
  belongsTo: ['Team'],
  indexes: [{ name: 'byRole', columns: ['role', 'createdAt'] }],
} as const)

export class Team extends Model(teamDefinition) {}
export class Member extends Model(memberDefinition) {}
