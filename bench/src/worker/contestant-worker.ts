/**
 * One contestant in a process of its own, forked by contestant-process.ts. It opens the contestant the
 * parent names, then runs rounds when told to. CPU is measured here, around the calls only, so the
 * figure holds this library's own work and garbage, never another contestant's, nor the IPC.
 */
import type { Session } from '../contestant'
import { openAndVerify } from '../isolation/verify'
import { collectGarbage, runRound } from '../measure'
import type { OpenRequest, ReplyBody, Request, RoundRequest } from './protocol'
import { findEntrant } from './registry'

let session: Session<string> | undefined

async function open(request: OpenRequest): Promise<ReplyBody> {
  if (session) throw new Error('this process already holds a contestant')
  const entrant = await findEntrant(request.registry, request.contestant)
  if (!entrant)
    throw new Error(`no contestant named ${request.contestant} in the ${request.registry} registry`)
  // As in the shared mode, a lazily imported package is loaded by this check, before the heap is measured.
  const reason = await entrant.unavailable()
  if (reason) throw new Error(reason)
  const verified = await openAndVerify(entrant, request.target, request.scenarios)
  session = verified.session
  return {
    type: 'opened',
    heapDeltaBytes: verified.heapDeltaBytes,
    setupMs: verified.setupMs,
    scenarios: Object.keys(verified.session.calls),
    gcExposed: collectGarbage(),
  }
}

async function round(request: RoundRequest): Promise<ReplyBody> {
  const call = session?.calls[request.scenario]
  if (!call) throw new Error(`no open session with a ${request.scenario} scenario`)
  const sample = await runRound(call, request)
  return {
    type: 'sample',
    cpuUs: sample.cpuUs,
    calls: sample.calls,
    wallMs: sample.wallMs,
    latenciesMs: Array.from(sample.latenciesMs),
  }
}

async function close(): Promise<never> {
  try {
    await session?.close()
  } finally {
    process.exit(0)
  }
}

async function handle(request: Request): Promise<ReplyBody> {
  switch (request.type) {
    case 'open':
      return open(request)
    case 'round':
      return round(request)
    case 'rss':
      return { type: 'rss', rss: process.memoryUsage().rss }
    case 'close':
      return close()
  }
}

// Requests are handled one after the other, even if the parent ever sent the next one early.
let queue = Promise.resolve()
process.on('message', (message: unknown) => {
  const request = message as Request
  queue = queue.then(async () => {
    let reply: ReplyBody
    try {
      reply = await handle(request)
    } catch (error) {
      reply = { type: 'failed', reason: error instanceof Error ? error.message : String(error) }
    }
    process.send?.({ ...reply, id: request.id })
  })
})
// The parent died or dropped this process: nobody would ever close it otherwise.
process.on('disconnect', () => process.exit(0))
