import { type AttributeValue, unmarshall } from '@dbtooling/dynamo-client'
import { usageError } from '../support/cli-error'
import { findModel } from '../support/cli-model'
import type { GlobalFlags } from '../support/global-flags'
import type { Output } from '../support/output'
import { describeRequests } from '../support/request-recorder'
import { openRecorded } from './items'
import { positiveInt, type QueryFlags, runQuery } from './query'

export interface ScanFlags extends QueryFlags {
  segments?: string
}

/**
 * `scan <Model|table>`: a model is scanned through the ORM (filters typed from the model, entity type kept);
 * a table name scans the raw table, in `--segments` parallel segments.
 */
export async function runScan(
  target: string,
  flags: ScanFlags,
  global: GlobalFlags,
  out: Output,
): Promise<void> {
  const { project, recorder } = await openRecorded(global)
  if (findModel(project.orm, target) && !flags.segments) return runQuery(target, flags, global, out, true)
  const segments = positiveInt(flags.segments, '--segments', 1)
  const limit = positiveInt(flags.limit, '--limit', 100)
  const input = {
    TableName: findModel(project.orm, target) ? project.orm.tableName : target,
    ...rawFilter(flags.where ?? []),
  }
  const items: Record<string, unknown>[] = []
  for await (const page of project.orm.client.parallelScan(input, { segments })) {
    for (const item of page.Items ?? []) {
      items.push(unmarshall(item as Record<string, AttributeValue>))
      if (items.length >= limit) break
    }
    if (items.length >= limit) break
  }
  const sent = describeRequests(recorder.requests)
  out.data({ items, count: items.length, ...(flags.explain ? { explain: { sent } } : {}) }, () =>
    [
      JSON.stringify(items, null, 2),
      `${items.length} item(s)`,
      ...(flags.explain ? sent.map((l) => `sent: ${l}`) : []),
    ].join('\n'),
  )
}

/** `attr=value` filters on a raw table: string equality (raw tables carry no attribute types). */
function rawFilter(where: readonly string[]) {
  if (where.length === 0) return {}
  const names: Record<string, string> = {}
  const values: Record<string, AttributeValue> = {}
  const parts = where.map((text, i) => {
    const at = text.indexOf('=')
    if (at <= 0)
      throw usageError(`--where "${text}" on a raw table must be attribute=value`, 'e.g. --where _et=User')
    names[`#f${i}`] = text.slice(0, at)
    values[`:v${i}`] = { S: text.slice(at + 1) }
    return `#f${i} = :v${i}`
  })
  return {
    FilterExpression: parts.join(' AND '),
    ExpressionAttributeNames: names,
    ExpressionAttributeValues: values,
  }
}
