import { cleanupTestTable, createTestTable, type TestTable } from '@dbtooling/testing'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { localEndpoint } from '../../../tests/support'
import { saasConfig, saasModels } from '../src/models'
import { runSaas, type SaasRunResult } from '../src/saas'

describe('examples/saas (tenants by key prefix, checked with @dbtooling/testing)', () => {
  let table: TestTable<typeof saasModels>
  let result: SaasRunResult
  const lines: string[] = []

  beforeAll(async () => {
    table = await createTestTable({
      models: saasModels,
      config: saasConfig,
      endpoint: localEndpoint(),
      prefix: 'saas',
    })
    table.recorder.reset()
    result = await runSaas(table.orm, (line) => lines.push(line))
  })
  afterAll(() => cleanupTestTable(table))

  it("reads one tenant's projects and teams, and unique emails are unique per tenant", () => {
    expect(result.duplicateInTenant).toBe('UNIQUE_CONSTRAINT')
    expect(result.activeProjects.sort()).toEqual(['Analytical Engine', 'Compiler'])
    expect(result.teamOfFirstProject).toEqual([
      { name: 'Ada Lovelace', role: 'owner' },
      { name: 'Grace Hopper', role: 'editor' },
    ])
    expect(result.projectsOfAda.sort()).toEqual(['Analytical Engine', 'Difference Engine'])
    expect(result.plans.active).toMatchObject({
      costClass: 'Query (bounded partition)',
      reason: 'index byStatus',
    })
    expect(result.plans.active.keyCondition).toBe('gsi2pk = "TENANT#acme#PROJECT#BY_STATUS#active"')
    expect(result.sent).toMatchObject({
      active: 'Query x1',
      team: 'Query x1, BatchGetItem x1',
      projectsOfAda: 'Query x1, BatchGetItem x1',
    })
  })

  it("another tenant cannot read acme's project by id, and no tenant means no read at all", () => {
    expect(result.crossTenantRead).toBe('not found')
    expect(result.plans.crossTenant.keyCondition).toMatch(/^pk = "TENANT#globex#PROJECT#/)
    expect(result.sent.crossTenant).toBe('Query x1')
    expect(result.outsideTenant).toBe('MISSING_TENANT')
    expect(result.sent.outsideTenant).toBe('none')
    expect(lines.join('\n')).toContain(
      `key: ${result.plans.crossTenant.keyCondition}; requests sent: Query x1`,
    )
  })

  it('every request the recorder saw addresses one tenant, and the printed totals are what it saw', () => {
    const partitionValues = table.recorder.requests.flatMap((request) => [
      ...request.keyClauses
        .filter((c) => c.op === '=' && /pk$/.test(c.attribute))
        .map((c) => String(c.values[0])),
      ...request.written.map((w) => String(w.item.pk)),
    ])
    expect(partitionValues.length).toBeGreaterThan(10)
    for (const value of partitionValues) expect(value).toMatch(/^TENANT#(acme|globex)#/)
    table.recorder.assertQueried('Project', { index: 'byStatus' })
    table.recorder.assertQueried('MemberProject')
    table.recorder.assertNoScan()
    table.recorder.assertNoWholeTypeRead()
    const printed = lines.find((line) => line.includes('Requests sent in all:'))
    const counts = JSON.parse(printed?.split('Requests sent in all: ')[1] ?? '{}') as Record<string, number>
    const seen: Record<string, number> = {}
    for (const request of table.recorder.requests)
      seen[request.operation] = (seen[request.operation] ?? 0) + 1
    expect(counts).toEqual(seen)
  })
})
