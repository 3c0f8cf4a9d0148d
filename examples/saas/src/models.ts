import { Model, type Orm } from '@dbtooling/orm'
import { defineModel, stacksSchema as schema } from '@dbtooling/schema'

export const memberDefinition = defineModel({
  name: 'Member',
  traits: { useUuid: true, useTimestamps: true },
  attributes: {
    // Unique per tenant: under the prefix strategy the guard item's key carries the tenant too.
    email: {
      type: 'string',
      unique: true,
      fillable: true,
      required: true,
      validation: { rule: schema.string().email(), message: { email: 'Enter an email address' } },
    },
    name: { type: 'string', fillable: true, required: true },
  },
  belongsToMany: [{ model: 'Project', pivot: { attributes: ['role'] } }],
} as const)

export const projectDefinition = defineModel({
  name: 'Project',
  traits: { useUuid: true, useTimestamps: true },
  attributes: {
    name: { type: 'string', fillable: true, required: true },
    status: { type: 'string', fillable: true, required: true, default: 'active' },
  },
  belongsToMany: [{ model: 'Member', pivot: { attributes: ['role'] } }],
  indexes: [{ name: 'byStatus', columns: ['status', 'createdAt'] }],
} as const)

export class Member extends Model(memberDefinition) {}
export class Project extends Model(projectDefinition) {}

export const saasModels = [Member, Project] as const

/** Every tenant's keys start with `TENANT#<tenant>#`: one table, no partition shared between tenants. */
export const saasConfig = { multiTenancy: { enabled: true, strategy: 'prefix' } } as const

export type SaasOrm = Orm<typeof saasModels>
