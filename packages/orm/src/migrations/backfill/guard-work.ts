import type { DocumentClient } from '@dbtooling/dynamo-client'
import type { TableDesign } from '@dbtooling/schema'
import { mapLimited } from '../../relations/map-limited'
import { type GuardJobEntry, guardSpec, isStaleGuard, wantedGuards } from './guard-spec'
import { rewriteGuards } from './guard-write'
import type { JobWork } from './job-work'

type Item = Readonly<Record<string, unknown>>

/**
 * A guard rewrite job: each item of the changed entities gets its guards rewritten (one transaction each).
 * Verification reads every guard the design wants (BatchGetItem, 100 keys a request) and checks that it
 * names its item as owner, and counts guard items left at an old template or of an attribute no longer unique.
 */
export function guardJobWork(
  doc: DocumentClient,
  design: TableDesign,
  tableName: string,
  entries: readonly GuardJobEntry[],
): JobWork {
  const spec = guardSpec(design, tableName, entries)
  const keyOf = (key: string) => ({ [spec.partitionKey]: key, [spec.sortKey]: key })
  return {
    reconcilePage: (items, options) =>
      mapLimited(items, options.concurrency, (item) => rewriteGuards(doc, spec, item, options.rate)),
    isDone: (item) => !isStaleGuard(spec, item),
    projection: null,
    async verifyPage(items: readonly Item[]) {
      const wanted = items.map((item) => wantedGuards(spec, item))
      const keys = [...new Set(wanted.flat().map((guard) => guard.key))]
      const owners = new Map<string, Item>()
      if (keys.length > 0) {
        const { Responses } = await doc.batchGetAll({
          RequestItems: { [tableName]: { Keys: keys.map(keyOf), ConsistentRead: true } },
        })
        for (const guard of Responses?.[tableName] ?? []) owners.set(String(guard[spec.partitionKey]), guard)
      }
      return items.map((item, position) => {
        if (isStaleGuard(spec, item)) return false
        return wanted[position]!.every(({ key }) => {
          const guard = owners.get(key)
          return guard?.owner === item[spec.partitionKey] && guard?.ownerSk === item[spec.sortKey]
        })
      })
    },
  }
}
