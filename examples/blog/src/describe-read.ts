import type { RequestCounter } from '@dbtooling/dynamo-client'

/** What a query's `explain()` says it sends: the demo prints this instead of a hand-written label. */
export interface ExplainedRead {
  readonly operation: string
  readonly index: string | null
  readonly reason: string | null
  readonly keyCondition: string | null
  readonly filter: string | null
}

/** What a result's `meta` says was read. */
export interface ReadMeta {
  readonly pages: number
  readonly scannedCount: number
  readonly count: number
}

/** One line: the request from explain(), items read vs returned from meta, and requests from the counter. */
export function describeRead(plan: ExplainedRead, meta: ReadMeta | undefined, requests: string): string {
  const parts = [`${plan.operation} on ${plan.index ?? 'the table'}`]
  if (plan.reason) parts.push(`(${plan.reason})`)
  if (plan.keyCondition) parts.push(`key: ${plan.keyCondition}`)
  if (plan.filter) parts.push(`filter: ${plan.filter}`)
  if (meta) parts.push(`read ${meta.scannedCount} items, returned ${meta.count}, ${meta.pages} page(s)`)
  parts.push(`requests sent: ${requests}`)
  return `   sent: ${parts.join('; ')}`
}

/** The counter's calls since `before`, as `Query x1, GetItem x1`. */
export function requestsSince(counter: RequestCounter, before: Readonly<Record<string, number>>): string {
  const lines: string[] = []
  for (const [operation, total] of Object.entries(counter.counts)) {
    const delta = (total ?? 0) - (before[operation] ?? 0)
    if (delta > 0) lines.push(`${operation} x${delta}`)
  }
  return lines.length === 0 ? 'none' : lines.join(', ')
}
