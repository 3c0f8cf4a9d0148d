import { conditionNotMet } from './condition-not-met'
import { type StateTable, stateKey } from './state-store'

/** Who holds a lease, as written on the leased item. */
export function holderName(role: string): string {
  const host = process.env.HOSTNAME ?? 'host'
  return `${role}@${host}:${process.pid}:${Math.random().toString(36).slice(2, 8)}`
}

/**
 * Takes the lease on an item when it is free or its lease expired: a conditional UpdateItem, so of two
 * takers exactly one wins. Returns false when someone else holds a live lease (or `extra` fails).
 */
export async function takeLease(
  table: StateTable,
  sort: string,
  holder: string,
  leaseMs: number,
  extra: { condition?: string; names?: Record<string, string>; values?: Record<string, unknown> } = {},
): Promise<boolean> {
  const now = Date.now()
  try {
    await table.doc.update({
      TableName: table.tableName,
      Key: stateKey(table, sort),
      UpdateExpression: 'SET #holder = :holder, #until = :until',
      ConditionExpression: `(attribute_not_exists(#holder) OR #until < :now OR #holder = :holder)${extra.condition ? ` AND ${extra.condition}` : ''}`,
      ExpressionAttributeNames: { '#holder': 'holder', '#until': 'leaseUntil', ...extra.names },
      ExpressionAttributeValues: { ':holder': holder, ':until': now + leaseMs, ':now': now, ...extra.values },
    })
    return true
  } catch (error) {
    if (conditionNotMet(error)) return false
    throw error
  }
}

/** Extends a lease this holder has; false when it lost it (expired and taken by another). */
export async function renewLease(
  table: StateTable,
  sort: string,
  holder: string,
  leaseMs: number,
): Promise<boolean> {
  try {
    await table.doc.update({
      TableName: table.tableName,
      Key: stateKey(table, sort),
      UpdateExpression: 'SET #until = :until',
      ConditionExpression: '#holder = :holder',
      ExpressionAttributeNames: { '#holder': 'holder', '#until': 'leaseUntil' },
      ExpressionAttributeValues: { ':holder': holder, ':until': Date.now() + leaseMs },
    })
    return true
  } catch (error) {
    if (conditionNotMet(error)) return false
    throw error
  }
}

/** Renews the lease every third of its length until stopped; `onLost` fires once if renewal fails. */
export function heartbeat(
  table: StateTable,
  sort: string,
  holder: string,
  leaseMs: number,
  onLost: () => void,
): { stop(): void } {
  let stopped = false
  const timer = setInterval(
    () => {
      renewLease(table, sort, holder, leaseMs).then(
        (held) => {
          if (!held && !stopped) {
            stopped = true
            clearInterval(timer)
            onLost()
          }
        },
        () => undefined,
      )
    },
    Math.max(50, Math.floor(leaseMs / 3)),
  )
  timer.unref?.()
  return {
    stop() {
      stopped = true
      clearInterval(timer)
    },
  }
}
