import type { TableDescription } from '@dbtooling/dynamo-client'
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
  return {
    env,
    table: name,
    endpoint: project.endpoint ?? `aws (${project.config.region})`,
    shape: liveShape(table, ttlText),
  }
}

/** `env:diff <a> <b>`: the two environments' live tables side by side, differences marked. */
export async function runEnvDiff(a: string, b: string, global: GlobalFlags, out: Output): Promise<void> {
  const [left, right] = await Promise.all([describe(global, a), describe(global, b)])
  const keys = [...new Set([...Object.keys(left.shape), ...Object.keys(right.shape)])].sort()
  const differences = keys
    .filter((k) => left.shape[k] !== right.shape[k])
    .map((k) => ({ what: k, [a]: left.shape[k] ?? null, [b]: right.shape[k] ?? null }))
  out.data(
    {
      [a]: { table: left.table, endpoint: left.endpoint },
      [b]: { table: right.table, endpoint: right.endpoint },
      same: differences.length === 0,
      differences,
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
        differences.length === 0 ? 'The live tables agree.' : `${differences.length} difference(s).`,
      ].join('\n'),
  )
  if (differences.length > 0) process.exitCode = 1
}
