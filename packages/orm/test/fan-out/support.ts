import type { DocumentClient } from '@dbtooling/dynamo-client'
import { compareKeyText } from '../../src/query/fan-out/compare-key'

export type Raw = Record<string, unknown>

/** Every stored item of a type, read with a Scan (the brute-force answer fan-out reads are checked against). */
export async function storedItems(
  doc: Pick<DocumentClient, 'scan'>,
  table: string,
  type: string,
): Promise<Raw[]> {
  const out: Raw[] = []
  let start: Record<string, unknown> | undefined
  do {
    const page = await doc.scan<Raw>({ TableName: table, ...(start ? { ExclusiveStartKey: start } : {}) })
    for (const item of page.Items ?? []) if (item._et === type) out.push(item)
    start = page.LastEvaluatedKey
  } while (start)
  return out
}

/** Items in merged order: by the index sort key (descending if asked), ties by table key. */
export function inKeyOrder(items: readonly Raw[], sortAttribute: string, descending = false): Raw[] {
  return [...items].sort((a, b) => {
    const order = compareKeyText(a[sortAttribute], b[sortAttribute])
    if (order !== 0) return descending ? -order : order
    return compareKeyText(a.pk, b.pk) || compareKeyText(a.sk, b.sk)
  })
}

export const ids = (rows: Iterable<{ id?: unknown }>): string[] => [...rows].map((row) => String(row.id))
