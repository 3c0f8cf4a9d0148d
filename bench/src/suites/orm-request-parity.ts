import type { Entrant, Target } from '../contestant'
import { dbtoolingClient } from '../contestants/orm/dbtooling-client'
import { dbtoolingOrm } from '../contestants/orm/dbtooling-orm'
import { ORM_TABLES } from '../fixtures/orm-users'
import type { OrmScenario } from '../scenarios/orm-scenarios'
import { answer, TARGET_PREFIX } from '../server/canned-answers'

interface Recorded {
  operation: string
  body: unknown
}

/** A transport that answers as the canned server does, in process, and keeps every request. */
function recordingTransport(log: Recorded[]) {
  return {
    kind: 'recording',
    async send(request: { headers: Record<string, string>; body: string }) {
      const operation = String(request.headers['x-amz-target'] ?? '').slice(TARGET_PREFIX.length)
      log.push({ operation, body: JSON.parse(request.body) })
      const [statusCode, body] = answer(operation, request.body)
      return { statusCode, requestId: 'parity', body }
    },
    async close() {},
  }
}

async function requestsOf(entrant: Entrant<OrmScenario>, scenarios: readonly OrmScenario[], calls: number) {
  const log: Recorded[] = []
  const target: Target = {
    endpoint: 'http://127.0.0.1:9',
    region: 'us-east-1',
    credentials: { accessKeyId: 'parity', secretAccessKey: 'parity' },
    table: ORM_TABLES.dbtooling,
    transport: recordingTransport(log),
  }
  const session = await entrant.open(target)
  const out = new Map<OrmScenario, Recorded[]>()
  try {
    for (const scenario of scenarios) {
      const call = session.calls[scenario]
      if (!call) continue
      log.length = 0
      for (let i = 0; i < calls; i++) await call()
      out.set(scenario, [...log])
    }
  } finally {
    await session.close()
  }
  return out
}

/** Key order does not change what DynamoDB receives or what it costs to build; values must match. */
function canonical(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value)
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`
  const entries = Object.keys(value)
    .sort()
    .map((key) => `${JSON.stringify(key)}:${canonical((value as Record<string, unknown>)[key])}`)
  return `{${entries.join(',')}}`
}

/**
 * The ORM's "at most 25 % over our own client" target is about the same request. This runs both the
 * dbtooling-orm and dbtooling-client contestants in process against recording transports (answers as
 * the canned server gives them) and returns one line per scenario whose requests differ.
 */
export async function ormRequestParity(scenarios: readonly OrmScenario[]): Promise<string[]> {
  const unavailable = await dbtoolingOrm.unavailable()
  if (unavailable) return []
  // Three calls: the update alternates between two requests; the ORM's first update follows a find.
  const orm = await requestsOf(dbtoolingOrm, scenarios, 3)
  const client = await requestsOf(dbtoolingClient, scenarios, 3)
  const problems: string[] = []
  for (const scenario of scenarios) {
    const a = (orm.get(scenario) ?? []).map((r) => `${r.operation} ${canonical(r.body)}`)
    const b = (client.get(scenario) ?? []).map((r) => `${r.operation} ${canonical(r.body)}`)
    const first = a.findIndex((request, i) => request !== b[i])
    if (a.length !== b.length || first >= 0) {
      const at = first >= 0 ? first : Math.min(a.length, b.length)
      problems.push(
        `${scenario}: dbtooling-orm sent ${a.length} requests, dbtooling-client ${b.length}; first difference at #${at + 1}:\n  orm:    ${a[at] ?? '(none)'}\n  client: ${b[at] ?? '(none)'}`,
      )
    }
  }
  return problems
}
