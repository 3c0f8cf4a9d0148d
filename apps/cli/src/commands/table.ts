import type { TableDescription } from '@dbtooling/dynamo-client'
import { CliError } from '../support/cli-error'
import { confirmDestructive } from '../support/confirm'
import type { GlobalFlags } from '../support/global-flags'
import { type Output, renderTable } from '../support/output'
import { loadProject, openClient, openProject } from '../support/project'

/** `table:create`: CreateTable from the models' design (GSIs, LSIs, billing, TTL...), waits for ACTIVE. */
export async function runTableCreate(global: GlobalFlags, out: Output): Promise<void> {
  const project = await openProject(global)
  const { orm } = project
  const existed = await orm.client.describeTable({ TableName: orm.tableName }).then(
    () => true,
    (error: { code?: string }) =>
      error.code === 'ResourceNotFoundException' ? false : Promise.reject(error),
  )
  if (existed) {
    out.data(
      { table: orm.tableName, created: false },
      () =>
        `Table ${orm.tableName} already exists: nothing created (design changes are applied by migrations).`,
    )
    return
  }
  await orm.createTable()
  const table = await orm.client.waitForTableActive(orm.tableName)
  out.data(
    { table: orm.tableName, created: true, status: table.TableStatus },
    () =>
      `Created table ${orm.tableName} (${orm.design.globalIndexes.length} GSIs, ${orm.design.localIndexes.length} LSIs): ${table.TableStatus}`,
  )
}

export async function runTableDelete(
  name: string | undefined,
  flags: { force?: boolean },
  global: GlobalFlags,
  out: Output,
): Promise<void> {
  const project = await loadProject(global)
  const table = name ?? (await tableOfProject(global))
  await confirmDestructive(`delete table ${table}`, project, global, flags.force)
  const client = await openClient(project)
  await client.deleteTable({ TableName: table })
  await client.waitForTableDeleted(table)
  out.data({ table, deleted: true }, () => `Deleted table ${table}.`)
}

export async function runTableDescribe(
  name: string | undefined,
  global: GlobalFlags,
  out: Output,
): Promise<void> {
  const project = await loadProject(global)
  const table = name ?? (await tableOfProject(global))
  const client = await openClient(project)
  const { Table } = await client.describeTable({ TableName: table })
  if (!Table)
    throw new CliError('NOT_FOUND', `DescribeTable returned no table for ${table}`, 'check the name')
  out.data(Table, () => describeHuman(Table))
}

export async function runTableList(global: GlobalFlags, out: Output): Promise<void> {
  const project = await loadProject(global)
  const client = await openClient(project)
  const tables = await client.listAllTables()
  out.data({ tables }, () => (tables.length ? tables.join('\n') : '(no tables)'))
}

export async function runTableWait(
  name: string | undefined,
  flags: { deleted?: boolean; timeout?: string },
  global: GlobalFlags,
  out: Output,
): Promise<void> {
  const project = await loadProject(global)
  const table = name ?? (await tableOfProject(global))
  const client = await openClient(project)
  const timeoutMs = Number(flags.timeout ?? 300) * 1000
  if (flags.deleted) {
    await client.waitForTableDeleted(table, { timeoutMs })
    out.data({ table, status: 'DELETED' }, () => `Table ${table} is gone.`)
    return
  }
  const described = await client.waitForTableActive(table, { timeoutMs })
  out.data({ table, status: described.TableStatus }, () => `Table ${table} is ${described.TableStatus}.`)
}

/** The project's table name from its config (no models needed). */
async function tableOfProject(global: GlobalFlags): Promise<string> {
  const { physicalTableName } = await import('@dbtooling/schema')
  const project = await loadProject(global)
  return physicalTableName(project.config)
}

function describeHuman(table: TableDescription): string {
  const keys = (table.KeySchema ?? []).map((k) => `${k.AttributeName} (${k.KeyType})`).join(', ')
  const rows = [
    ...(table.GlobalSecondaryIndexes ?? []).map((g) => [
      g.IndexName ?? '',
      'GSI',
      (g.KeySchema ?? []).map((k) => k.AttributeName).join(', '),
      g.IndexStatus ?? '',
      String(g.ItemCount ?? 0),
    ]),
    ...(table.LocalSecondaryIndexes ?? []).map((l) => [
      l.IndexName ?? '',
      'LSI',
      (l.KeySchema ?? []).map((k) => k.AttributeName).join(', '),
      '',
      String(l.ItemCount ?? 0),
    ]),
  ]
  return [
    `${table.TableName}: ${table.TableStatus}, ${table.ItemCount ?? 0} items, ${table.TableSizeBytes ?? 0} bytes`,
    `key: ${keys}; billing: ${table.BillingModeSummary?.BillingMode ?? 'PROVISIONED'}`,
    rows.length ? renderTable(['index', 'kind', 'keys', 'status', 'items'], rows) : '(no secondary indexes)',
  ].join('\n')
}
