import { DynamoDBClient } from '@aws-sdk/client-dynamodb'
import { BatchWriteCommand, DynamoDBDocumentClient, ScanCommand } from '@aws-sdk/lib-dynamodb'

type Item = Record<string, unknown>

async function writeBatch(doc: DynamoDBDocumentClient, table: string, items: Item[]): Promise<void> {
  let pending = items.map((Item) => ({ PutRequest: { Item } }))
  for (let attempt = 0; pending.length > 0; attempt++) {
    const out = await doc.send(new BatchWriteCommand({ RequestItems: { [table]: pending } }))
    pending = (out.UnprocessedItems?.[table] ?? []) as typeof pending
    if (pending.length > 0)
      await new Promise((resolve) => setTimeout(resolve, Math.min(1000, 20 * 2 ** attempt)))
  }
}

/**
 * The baseline a careful engineer writes with the AWS SDK v3: a parallel scan (every segment at once),
 * each page's items given their new key attributes and written back in BatchWriteItem calls of 25, all
 * batches of a page in flight together, unprocessed items retried. It overwrites whole items and checks
 * nothing, so it is faster than a safe backfill can be; the ratio says what the safety costs.
 */
export async function sdkBackfill(options: {
  endpoint: string
  table: string
  segments: number
  pageSize: number
  keysOf: (item: Item) => Item | null
}): Promise<{ written: number }> {
  const client = new DynamoDBClient({
    endpoint: options.endpoint,
    region: 'us-east-1',
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
  })
  const doc = DynamoDBDocumentClient.from(client)
  let written = 0
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
      const updated: Item[] = []
      for (const item of page.Items ?? []) {
        const keys = options.keysOf(item)
        if (keys) updated.push({ ...item, ...keys })
      }
      const batches: Promise<void>[] = []
      for (let i = 0; i < updated.length; i += 25)
        batches.push(writeBatch(doc, options.table, updated.slice(i, i + 25)))
      await Promise.all(batches)
      written += updated.length
      start = page.LastEvaluatedKey
    } while (start)
  }
  await Promise.all(Array.from({ length: options.segments }, (_, index) => segment(index)))
  client.destroy()
  return { written }
}
