import { MigrationLockedError } from '../errors'
import { conditionNotMet } from './condition-not-met'
import { heartbeat, takeLease } from './lease'
import { type StateTable, stateKey } from './state-store'

const LOCK = 'LOCK'

export interface LockOptions {
  holder: string
  /** Lease length; the holder renews it every third (default 30 s). */
  leaseMs?: number
  /** How long to wait for a held lock before failing with MigrationLockedError (default 0: fail at once). */
  waitMs?: number
}

export interface MigrationLock {
  readonly holder: string
  /** True once a heartbeat failed: another run took the lock after our lease expired. */
  readonly lost: boolean
  release(): Promise<void>
}

export async function readLock(table: StateTable): Promise<{ holder: string; leaseUntil: Date } | null> {
  const { Item } = await table.doc.get({
    TableName: table.tableName,
    Key: stateKey(table, LOCK),
    ConsistentRead: true,
  })
  if (!Item || typeof Item.holder !== 'string') return null
  return { holder: Item.holder, leaseUntil: new Date(Number(Item.leaseUntil)) }
}

/** The table-wide migration lock: a lease on the `_migrations/LOCK` item, renewed while held. */
export async function acquireLock(table: StateTable, options: LockOptions): Promise<MigrationLock> {
  const leaseMs = options.leaseMs ?? 30_000
  const deadline = Date.now() + (options.waitMs ?? 0)
  while (!(await takeLease(table, LOCK, options.holder, leaseMs))) {
    const current = await readLock(table)
    if (Date.now() >= deadline) {
      throw new MigrationLockedError(
        table.tableName,
        current?.holder ?? 'unknown',
        current?.leaseUntil ?? new Date(),
      )
    }
    await new Promise((resolve) => setTimeout(resolve, Math.min(1000, Math.max(50, leaseMs / 10))))
  }
  let lost = false
  const beat = heartbeat(table, LOCK, options.holder, leaseMs, () => {
    lost = true
  })
  return {
    holder: options.holder,
    get lost() {
      return lost
    },
    async release() {
      beat.stop()
      try {
        await table.doc.delete({
          TableName: table.tableName,
          Key: stateKey(table, LOCK),
          ConditionExpression: '#holder = :holder',
          ExpressionAttributeNames: { '#holder': 'holder' },
          ExpressionAttributeValues: { ':holder': options.holder },
        })
      } catch (error) {
        if (!conditionNotMet(error)) throw error
      }
    },
  }
}
