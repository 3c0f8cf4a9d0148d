import type { Middleware } from '@dbtooling/dynamo-client'

/** One request as sent (first attempt), with the retries it took and the capacity it consumed. */
export interface RecordedRequest {
  readonly operation: string
  readonly table: string | undefined
  readonly input: unknown
  attempts: number
  consumedCapacity: number
}

/** Records every request a command sends: what `--explain` prints is what went over the wire. */
export function createRequestRecorder(): Middleware & { readonly requests: RecordedRequest[] } {
  const requests: RecordedRequest[] = []
  let last: RecordedRequest | undefined
  return {
    name: 'cli-request-recorder',
    requests,
    onRequest(event) {
      if (event.attempt === 1) {
        last = {
          operation: event.operation,
          table: event.tableName,
          input: event.input,
          attempts: 1,
          consumedCapacity: 0,
        }
        requests.push(last)
      } else if (last) last.attempts = event.attempt
    },
    onResponse(event) {
      if (!last) return
      for (const c of event.consumedCapacity) last.consumedCapacity += c.CapacityUnits ?? 0
    },
  }
}

/** The lines `--explain` prints for the requests sent: operation, table, index, key condition, filter. */
export function describeRequests(requests: readonly RecordedRequest[]): string[] {
  return requests.map((r, i) => {
    const input = (r.input ?? {}) as Record<string, unknown>
    const parts = [`${i + 1}. ${r.operation} ${r.table ?? ''}`.trimEnd()]
    if (typeof input.IndexName === 'string') parts.push(`index ${input.IndexName}`)
    if (typeof input.KeyConditionExpression === 'string') parts.push(`key: ${input.KeyConditionExpression}`)
    if (input.Key) parts.push(`key: ${JSON.stringify(input.Key)}`)
    if (typeof input.FilterExpression === 'string') parts.push(`filter: ${input.FilterExpression}`)
    if (input.ExpressionAttributeValues)
      parts.push(`values: ${JSON.stringify(input.ExpressionAttributeValues)}`)
    if (typeof input.Segment === 'number')
      parts.push(`segment ${input.Segment}/${String(input.TotalSegments)}`)
    if (r.attempts > 1) parts.push(`${r.attempts} attempts`)
    return parts.join('; ')
  })
}
