import { type DescribeTimeToLiveOutput, isResourceNotFound, type Tag } from '@dbtooling/dynamo-client'
import { type LiveTable, liveTableFrom } from '../plan/live-table'
import type { MigrationTarget } from './target'

/** Operations DynamoDB Local (and some endpoints) do not implement: the live field then stays unknown. */
export function isUnknownOperation(error: unknown): boolean {
  const name = (error as { name?: unknown; code?: unknown } | null)?.name
  const code = (error as { code?: unknown } | null)?.code
  return [name, code].some((value) => typeof value === 'string' && /UnknownOperation/i.test(value))
}

async function optional<T>(call: () => Promise<T>): Promise<T | null> {
  try {
    return await call()
  } catch (error) {
    if (isUnknownOperation(error)) return null
    throw error
  }
}

/** DescribeTable + DescribeTimeToLive + ListTagsOfResource, summarised; null when the table does not exist. */
export async function readLiveTable(target: MigrationTarget): Promise<LiveTable | null> {
  let description: Awaited<ReturnType<typeof target.client.describeTable>>
  try {
    description = await target.client.describeTable({ TableName: target.tableName })
  } catch (error) {
    if (isResourceNotFound(error)) return null
    throw error
  }
  const table = description.Table ?? {}
  const ttl: DescribeTimeToLiveOutput | null = await optional(() =>
    target.client.describeTimeToLive({ TableName: target.tableName }),
  )
  const arn = table.TableArn
  const tags: Tag[] | null = arn
    ? await optional(async () => (await target.client.listTagsOfResource({ ResourceArn: arn })).Tags ?? [])
    : null
  const backups = await optional(() =>
    target.client.describeContinuousBackups({ TableName: target.tableName }),
  )
  return liveTableFrom(table, ttl, tags, backups)
}
