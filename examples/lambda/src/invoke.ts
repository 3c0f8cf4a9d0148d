import { performance } from 'node:perf_hooks'
// Types only: the handler module (and the libraries it loads) is imported below, inside the measurement.
import type { HandlerOptions, NoteEvent, NoteResponse } from './handler'

export interface InvocationRun {
  /** `import('./handler')`: loading dynamo-client, the ORM and the models (a cold start pays it once). */
  readonly importMs: number
  /** Each invocation's wall time; the first builds the client and ORM and opens the first connection. */
  readonly durationsMs: number[]
  readonly responses: NoteResponse[]
}

export interface InvokeOptions extends HandlerOptions {
  readonly invocations: number
  readonly log: (line: string) => void
  /** Called after each invocation (tests read their recorder here). */
  readonly onInvoked?: (index: number, response: NoteResponse) => void
}

/** The event of invocation `i`: create a note first, then list, fetch and create in turn. */
function eventFor(index: number, lastId: string | null): NoteEvent {
  if (index === 0 || index % 3 === 0) return { action: 'create', userId: 'u1', title: `Note ${index + 1}` }
  if (index % 3 === 1) return { action: 'list', userId: 'u1' }
  return { action: 'get', id: lastId ?? 'missing' }
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2
}

const ms = (value: number) => `${value.toFixed(1)} ms`

/** Imports the handler, invokes it `invocations` times as Lambda would in one container, and prints the figures. */
export async function runInvocations(options: InvokeOptions): Promise<InvocationRun> {
  const { invocations, log, onInvoked, ...handlerOptions } = options
  const importStart = performance.now()
  const { createHandler } = await import('./handler')
  const importMs = performance.now() - importStart
  const handler = createHandler(handlerOptions)
  const durationsMs: number[] = []
  const responses: NoteResponse[] = []
  let lastId: string | null = null
  for (let index = 0; index < invocations; index += 1) {
    const event = eventFor(index, lastId)
    const start = performance.now()
    const response = await handler(event)
    durationsMs.push(performance.now() - start)
    responses.push(response)
    if (event.action === 'create') lastId = String((response.body as { id: string }).id)
    onInvoked?.(index, response)
    log(
      `invocation ${index + 1} (${response.cold ? 'cold' : 'warm'}): ${event.action} -> ${response.statusCode}; sent: ${response.sent}; ${ms(durationsMs[index]!)}`,
    )
  }
  const warm = durationsMs.slice(1)
  log('\nCold start, measured by this run:')
  log(`  import of the handler module (dynamo-client, orm, models): ${ms(importMs)}`)
  log(`  first invocation (builds the client and ORM, opens the connection): ${ms(durationsMs[0]!)}`)
  if (warm.length > 0) {
    log(
      `  later invocations (same client, kept-alive connection): median ${ms(median(warm))}, min ${ms(Math.min(...warm))}, max ${ms(Math.max(...warm))}`,
    )
    log(`  first / later median: ${(durationsMs[0]! / median(warm)).toFixed(1)}x`)
  }
  return { importMs, durationsMs, responses }
}
