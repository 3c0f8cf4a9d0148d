import type { RequestCounter } from '@dbtooling/dynamo-client'

/** The parts of a query's `explain()` the demo prints (never a label written by hand). */
export interface ExplainedRead {
  readonly operation: string
  readonly costClass: string
  readonly index: string | null
  readonly reason: string | null
  readonly keyCondition: string | null
  readonly fanOut?: { readonly branches: number; readonly keyConditions: readonly string[] } | null
}

/** The counter's calls since `before`, as `Query x4, GetItem x1` (operations in the order first seen). */
export function requestsSince(counter: RequestCounter, before: Readonly<Record<string, number>>): string {
  const parts: string[] = []
  for (const [operation, total] of Object.entries(counter.counts)) {
    const delta = (total ?? 0) - (before[operation] ?? 0)
    if (delta > 0) parts.push(`${operation} x${delta}`)
  }
  return parts.length === 0 ? 'none' : parts.join(', ')
}

/** Runs `step`, then returns what the counter saw it send. */
export async function measured<T>(
  counter: RequestCounter,
  step: () => Promise<T>,
): Promise<{ value: T; sent: string }> {
  const before = { ...counter.counts } as Record<string, number>
  const value = await step()
  return { value, sent: requestsSince(counter, before) }
}

/** One line: what explain() says the read sends, then what the counter saw. */
export function describeRead(plan: ExplainedRead, sent: string): string {
  const parts = [
    `${plan.operation} on ${plan.index ?? 'the table'} (${plan.costClass}${plan.reason ? `, ${plan.reason}` : ''})`,
  ]
  if (plan.fanOut) parts.push(`${plan.fanOut.branches} branches: ${plan.fanOut.keyConditions.join(' | ')}`)
  else if (plan.keyCondition) parts.push(`key: ${plan.keyCondition}`)
  parts.push(`requests sent: ${sent}`)
  return `   explain: ${parts.join('; ')}`
}
