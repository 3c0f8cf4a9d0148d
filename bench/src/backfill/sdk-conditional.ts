import { DynamoDBClient } from '@aws-sdk/client-dynamodb'
import { DynamoDBDocumentClient, ScanCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb'

type Item = Record<string, unknown>

async function limited<T>(items: readonly T[], limit: number, fn: (item: T) => Promise<void>): Promise<void> {
  let next = 0
  const lane = async () => {
    while (next < items.length) await fn(items[next++]!)
  }
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane))
}

/**
 * The fair peer of a safe backfill, with the AWS SDK v3: the same parallel scan, and for each item whose
 * index keys are missing the same kind of write as ours, one UpdateItem that sets only the key attributes,
 * conditioned on the source attributes it read (`concurrency` writes in flight per segment). No checkpoints,
 * leases, conflict re-reads or verification: what is left is the cost of the writes themselves.
 */
export async function sdkConditionalBackfill(options: {
  endpoint: string
  table: string
  segments: number
  pageSize: number
  concurrency: number
  keysOf: (item: Item) => Item | null
  sources: readonly string[]
}): Promise<{ written: number }> {
  const client = new DynamoDBClient({
    endpoint: options.endpoint,
    region: 'us-east-1',
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
  })
  const doc = DynamoDBDocumentClient.from(client)
  let written = 0
  const update = async (item: Item) => {
    const keys = options.keysOf(item)
    if (!keys) return
    const names: Record<string, string> = {}
    const values: Record<string, unknown> = {}
    const sets = Object.entries(keys).map(([name, value], n) => {
      names[`#a${n}`] = name
      values[`:a${n}`] = value
      return `#a${n} = :a${n}`
    })
    const conditions = options.sources.map((name, n) => {
      names[`#s${n}`] = name
      if (item[name] === undefined) return `attribute_not_exists(#s${n})`
      values[`:s${n}`] = item[name]
      return `#s${n} = :s${n}`
    })
    await doc.send(
      new UpdateCommand({
        TableName: options.table,
        Key: { pk: item.pk, sk: item.sk },
        UpdateExpression: `SET ${sets.join(', ')}`,
        ConditionExpression: conditions.join(' AND '),
        ExpressionAttributeNames: names,
        ExpressionAttributeValues: values,
      }),
    )
    written++
  }
  const segment = async (index: number) => {
    let start: Item | undefined
    do {
      const page = await doc.send(
        new ScanCommand({
          TableName: options.table,
          Segment: index,
          TotalSegments: options.segments,
          Limit: options.pageSize,
          ...(start ? { ExclusiveStartKey: start } : {}),
        }),
      )
      await limited(page.Items ?? [], options.concurrency, update)
      start = page.LastEvaluatedKey
    } while (start)
  }
  await Promise.all(Array.from({ length: options.segments }, (_, index) => segment(index)))
  client.destroy()
  return { written }
}
