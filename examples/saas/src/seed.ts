import { isOrmError, withTenant } from '@dbtooling/orm'
import { Member, Project } from './models'

/** Two tenants with the same member email: unique within a tenant, not across tenants. */
const tenants = {
  acme: {
    members: [
      { name: 'Ada Lovelace', email: 'ada@example.com' },
      { name: 'Grace Hopper', email: 'grace@example.com' },
    ],
    projects: [
      { name: 'Analytical Engine', status: 'active', team: { 0: 'owner', 1: 'editor' } },
      { name: 'Difference Engine', status: 'archived', team: { 0: 'owner' } },
      { name: 'Compiler', status: 'active', team: { 1: 'owner' } },
    ],
  },
  globex: {
    members: [{ name: 'Ada Byron', email: 'ada@example.com' }],
    projects: [{ name: 'Rocket', status: 'active', team: { 0: 'owner' } }],
  },
} as const

export type TenantId = keyof typeof tenants

export interface SaasSeed {
  /** Project ids per tenant, in the order above. */
  readonly projects: Record<TenantId, string[]>
  readonly members: Record<TenantId, string[]>
  /** The error a second ada@example.com inside acme got. */
  readonly duplicateInTenant: string
}

async function seedTenant(tenant: TenantId): Promise<{ projects: string[]; members: string[] }> {
  const { members, projects } = tenants[tenant]
  const memberIds: string[] = []
  for (const member of members) memberIds.push(String((await Member.create(member)).id))
  const projectIds: string[] = []
  for (const { team, ...project } of projects) {
    const stored = await Project.create(project)
    const edges = Object.fromEntries(
      Object.entries(team).map(([at, role]) => [memberIds[Number(at)]!, { role }]),
    )
    await stored.relation('members').attach(edges)
    projectIds.push(String(stored.id))
  }
  return { projects: projectIds, members: memberIds }
}

export async function seedSaas(): Promise<SaasSeed> {
  const acme = await withTenant('acme', () => seedTenant('acme'))
  const globex = await withTenant('globex', () => seedTenant('globex'))
  const duplicateInTenant = await withTenant('acme', async () => {
    try {
      await Member.create({ name: 'Ada again', email: 'ada@example.com' })
      return 'none'
    } catch (error) {
      if (!isOrmError(error)) throw error
      return error.code
    }
  })
  return {
    projects: { acme: acme.projects, globex: globex.projects },
    members: { acme: acme.members, globex: globex.members },
    duplicateInTenant,
  }
}
