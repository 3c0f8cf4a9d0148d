type Json = Record<string, unknown>

/**
 * Splits a batch request: keeps the first half of its entries to forward and withholds the rest, which
 * the proxy then returns as UnprocessedItems / UnprocessedKeys, as DynamoDB does under load.
 */
export function withholdHalf(
  operation: string,
  request: Json,
): { forward: Json; withheld: Json } | undefined {
  const items = request.RequestItems as Record<string, unknown> | undefined
  if (!items) return undefined
  const forward: Record<string, unknown> = {}
  const withheld: Record<string, unknown> = {}
  let total = 0
  for (const table in items) total += entriesOf(operation, items[table]).length
  if (total < 2) return undefined
  let keep = Math.ceil(total / 2)
  for (const table in items) {
    const entries = entriesOf(operation, items[table])
    const kept = entries.slice(0, keep)
    const rest = entries.slice(kept.length)
    keep -= kept.length
    if (kept.length > 0) forward[table] = withEntries(operation, items[table], kept)
    if (rest.length > 0) withheld[table] = withEntries(operation, items[table], rest)
  }
  return { forward: { ...request, RequestItems: forward }, withheld }
}

/** Adds the withheld entries to the answer's Unprocessed map. */
export function addUnprocessed(operation: string, response: Json, withheld: Json): Json {
  const key = operation === 'BatchWriteItem' ? 'UnprocessedItems' : 'UnprocessedKeys'
  const merged: Record<string, unknown> = { ...((response[key] as Json | undefined) ?? {}) }
  for (const table in withheld) {
    const existing = merged[table]
    merged[table] = existing
      ? withEntries(operation, existing, [
          ...entriesOf(operation, existing),
          ...entriesOf(operation, withheld[table]),
        ])
      : withheld[table]
  }
  return { ...response, [key]: merged }
}

function entriesOf(operation: string, value: unknown): unknown[] {
  if (operation === 'BatchWriteItem') return value as unknown[]
  return (value as { Keys: unknown[] }).Keys
}

function withEntries(operation: string, template: unknown, entries: unknown[]): unknown {
  if (operation === 'BatchWriteItem') return entries
  return { ...(template as Json), Keys: entries }
}
