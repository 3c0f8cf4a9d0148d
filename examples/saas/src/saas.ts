import { createRequestCounter, type RequestCounter } from '@dbtooling/dynamo-client'
import { isOrmError, withTenant } from '@dbtooling/orm'
import { Member, Project, type SaasOrm } from './models'
import { type SaasSeed, seedSaas } from './seed'
import { describeRead, type ExplainedRead, measured } from './step-report'

type Log = (line: string) => void

export interface SaasRunResult {
  readonly duplicateInTenant: string
  readonly activeProjects: string[]
  readonly teamOfFirstProject: { name: string; role: string }[]
  readonly projectsOfAda: string[]
  /** What globex got when it asked for acme's project by id. */
  readonly crossTenantRead: string
  readonly outsideTenant: string
  readonly sent: Record<'active' | 'team' | 'projectsOfAda' | 'crossTenant' | 'outsideTenant', string>
  readonly plans: Record<'active' | 'crossTenant', ExplainedRead>
}

async function acmeReads(seed: SaasSeed, counter: RequestCounter, log: Log) {
  return withTenant('acme', async () => {
    const activeQuery = Project.where('status', 'active')
    const active = await measured(counter, () => activeQuery.get())
    log(
      `1. acme's active projects: ${active.value
        .all()
        .map((p) => p.name)
        .join(', ')}`,
    )
    log(describeRead(activeQuery.explain(), active.sent))

    const project = await Project.findOrFail(seed.projects.acme[0]!)
    const team = await measured(counter, () => project.relation('members').get())
    const members = team.value
      .all()
      .map((m) => ({ name: String(m.getAttribute('name')), role: String(m.pivotAttributes()?.role) }))
    log(
      `2. Team of ${project.name}: ${members.map((m) => `${m.name} (${m.role})`).join(', ')}; sent: ${team.sent}`,
    )

    const ada = await Member.findOrFail(seed.members.acme[0]!)
    const projects = await measured(counter, () => ada.relation('projects').get())
    const names = projects.value.all().map((p) => String(p.getAttribute('name')))
    log(`3. Projects of ${ada.name}: ${names.join(', ')}; sent: ${projects.sent}`)
    return { active, activeQuery, members, team, names, projects }
  })
}

async function isolation(seed: SaasSeed, counter: RequestCounter, log: Log) {
  const acmeProject = seed.projects.acme[0]!
  const cross = await withTenant('globex', async () => {
    const query = Project.where('id', acmeProject)
    const found = await measured(counter, () => query.first())
    return { ...found, plan: query.explain() }
  })
  log(`4. globex asks for acme's project ${acmeProject}: ${cross.value === null ? 'not found' : 'FOUND'}`)
  log(describeRead(cross.plan, cross.sent))
  const outside = await measured(counter, async () => {
    try {
      await Project.find(acmeProject)
      return 'read without a tenant'
    } catch (error) {
      if (!isOrmError(error)) throw error
      return error.code
    }
  })
  log(`5. The same read outside any tenant: ${outside.value}; sent: ${outside.sent}`)
  return { cross, outside }
}

/** The whole story on an ORM with prefix tenancy whose table exists. */
export async function runSaas(orm: SaasOrm, log: Log): Promise<SaasRunResult> {
  const counter = createRequestCounter()
  const stop = orm.client.use(counter)
  try {
    log(`Table "${orm.tableName}", tenancy: prefix (every partition key starts with TENANT#<tenant>#)`)
    const seed = await seedSaas()
    log(`Seeded acme (2 members, 3 projects) and globex (1 member, 1 project); both have ada@example.com`)
    log(`A second ada@example.com inside acme was refused: ${seed.duplicateInTenant}\n`)
    const acme = await acmeReads(seed, counter, log)
    const { cross, outside } = await isolation(seed, counter, log)
    log(`\nRequests sent in all: ${JSON.stringify(counter.counts)}`)
    return {
      duplicateInTenant: seed.duplicateInTenant,
      activeProjects: acme.active.value.all().map((p) => String(p.name)),
      teamOfFirstProject: acme.members,
      projectsOfAda: acme.names,
      crossTenantRead: cross.value === null ? 'not found' : String(cross.value.name),
      outsideTenant: outside.value,
      sent: {
        active: acme.active.sent,
        team: acme.team.sent,
        projectsOfAda: acme.projects.sent,
        crossTenant: cross.sent,
        outsideTenant: outside.sent,
      },
      plans: { active: acme.activeQuery.explain(), crossTenant: cross.plan },
    }
  } finally {
    stop()
  }
}
