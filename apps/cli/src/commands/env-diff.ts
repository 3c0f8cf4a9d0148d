import type { DynamoClient, TableDescription } from '@dbtooling/dynamo-client'
import type { TableDesign } from '@dbtooling/schema'
import type { GlobalFlags } from '../support/global-flags'
import { type Output, renderTable } from '../support/output'
import { loadProject, openClient } from '../support/project'

/** The parts of a live table that two environments should agree on. */
export function liveShape(table: TableDescription | null, ttl: string | null): Record<string, string> {
  if (!table) return { table: '(missing)' }
  const keys = (schema: TableDescription['KeySchema']) =>
    (schema ?? []).map((k) => `${k.AttributeName}:${k.KeyType}`).join(',')
  const shape: Record<string, string> = {
    key: keys(table.KeySchema),
    billing: table.BillingModeSummary?.BillingMode ?? 'PROVISIONED',
    stream: table.StreamSpecification?.StreamEnabled
      ? (table.StreamSpecification.StreamViewType ?? 'on')
      : 'off',
    ttl: ttl ?? 'off',
    tableClass: table.TableClassSummary?.TableClass ?? 'STANDARD',
  }
  for (const gsi of table.GlobalSecondaryIndexes ?? [])
    shape[`gsi ${gsi.IndexName}`] = `${keys(gsi.KeySchema)} ${gsi.Projection?.ProjectionType ?? ''}`.trim()
  for (const lsi of table.LocalSecondaryIndexes ?? [])
    shape[`lsi ${lsi.IndexName}`] = `${keys(lsi.KeySchema)} ${lsi.Projection?.ProjectionType ?? ''}`.trim()
  return shape
}

async function describe(global: GlobalFlags, env: string) {
  const project = await loadProject({ ...global, env })
  const { physicalTableName } = await import('@dbtooling/schema')
  const name = physicalTableName(project.config)
  const client = await openClient(project)
  const table = await client.describeTable({ TableName: name }).then(
    (out) => out.Table ?? null,
    (error: { code?: string }) => (error.code === 'ResourceNotFoundException' ? null : Promise.reject(error)),
  )
  const ttl = table
    ? await client.describeTimeToLive({ TableName: name }).then(
        (out) => out.TimeToLiveDescription ?? null,
        () => null,
      )
    : null
  const ttlText = ttl && ttl.TimeToLiveStatus === 'ENABLED' ? `on (${ttl.AttributeName})` : null
  const applied = table ? await appliedDesignOf(client, name, table) : null
  const shape = liveShape(table, ttlText)
  if (table) shape['applied design'] = applied ? applied.hash : '(never migrated)'
  return {
    env,
    table: name,
    endpoint: project.endpoint ?? `aws (${project.config.region})`,
    shape,
    applied,
  }
}

/** The design `migrate` recorded in the table (its `_migrations` items), read without models. */
async function appliedDesignOf(
  client: DynamoClient,
  tableName: string,
  table: TableDescription,
): Promise<{ hash: string; appliedAt: string; design: TableDesign | null } | null> {
  const keyOf = (type: 'HASH' | 'RANGE') => table.KeySchema?.find((k) => k.KeyType === type)?.AttributeName
  const partitionKey = keyOf('HASH')
  const sortKey = keyOf('RANGE')
  if (!partitionKey || !sortKey) return null // not a single-table design: no migration items
  const [{ DocumentClient }, { readAppliedDesign }] = await Promise.all([
    import('@dbtooling/dynamo-client'),
    import('@dbtooling/orm'),
  ])
  const found = await readAppliedDesign({ doc: new DocumentClient(client), tableName, partitionKey, sortKey })
  return found ? { hash: found.state.hash, appliedAt: found.state.appliedAt, design: found.design } : null
}

type Described = Awaited<ReturnType<typeof describe>>

/** What migrating the left environment's applied design to the right one's would do, step by step. */
async function designSteps(left: Described, right: Described): Promise<string[] | null> {
  if (!left.applied?.design || !right.applied?.design || left.applied.hash === right.applied.hash) return null
  const { planMigration } = await import('@dbtooling/orm')
  const plan = planMigration(left.applied.design, right.applied.design, null)
  return [...plan.steps.map((step) => step.what), ...plan.notes]
}

/**
 * `env:diff <a> <b>`: the two environments' live tables and applied designs side by side, differences
 * marked; when the applied designs differ, the steps that would take `a`'s design to `b`'s.
 */
export async function runEnvDiff(a: string, b: string, global: GlobalFlags, out: Output): Promise<void> {
  const [left, right] = await Promise.all([describe(global, a), describe(global, b)])
  const steps = await designSteps(left, right)
  const keys = [...new Set([...Object.keys(left.shape), ...Object.keys(right.shape)])].sort()
  const differences = keys
    .filter((k) => left.shape[k] !== right.shape[k])
    .map((k) => ({ what: k, [a]: left.shape[k] ?? null, [b]: right.shape[k] ?? null }))
  out.data(
    {
      [a]: { table: left.table, endpoint: left.endpoint, appliedDesign: appliedSummary(left) },
      [b]: { table: right.table, endpoint: right.endpoint, appliedDesign: appliedSummary(right) },
      same: differences.length === 0,
      differences,
      designSteps: steps,
    },
    () =>
      [
        `${a}: ${left.table} at ${left.endpoint}`,
        `${b}: ${right.table} at ${right.endpoint}`,
        renderTable(
          ['', 'what', a, b],
          keys.map((k) => [
            left.shape[k] === right.shape[k] ? '' : '≠',
            k,
            left.shape[k] ?? '-',
            right.shape[k] ?? '-',
          ]),
        ),
        ...(steps
          ? [`Migrating ${a}'s applied design to ${b}'s would:`, ...steps.map((step) => `  - ${step}`)]
          : []),
        differences.length === 0
          ? 'The live tables and applied designs agree.'
          : `${differences.length} difference(s).`,
      ].join('\n'),
  )
  if (differences.length > 0) process.exitCode = 1
}

function appliedSummary(side: Described): { hash: string; appliedAt: string } | null {
  return side.applied ? { hash: side.applied.hash, appliedAt: side.applied.appliedAt } : null
}
