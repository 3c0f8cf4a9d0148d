import type { PathResult } from '../../../../tests/faults/accounting'
import { CLIENT_PATHS, NON_IDEMPOTENT_COUNTER } from '../../../../tests/faults/client-paths'
import type { FaultProxy } from '../../../../tests/faults/fault-proxy'
import { FAULT_KINDS, type FaultKind } from '../../../../tests/faults/schedule'
import { ORM_INCREMENT, ORM_PATHS, type OrmPathContext } from './orm-paths'
import { PRODUCT_PATHS } from './product-paths'

/** Paths whose doubles under a lost answer are the documented exception (no idempotent option used). */
export const DOCUMENTED_EXCEPTIONS = new Set([NON_IDEMPOTENT_COUNTER.name, ORM_INCREMENT.name])

export type Matrix = Map<string, Map<FaultKind, PathResult>>

/**
 * Runs every client and ORM write path once per fault kind, with only that kind on (at `rate`), so each
 * cell of the table says what that fault does to that path.
 */
export async function runFaultMatrix(
  proxy: FaultProxy,
  ctx: OrmPathContext & { faulty: import('@dbtooling/dynamo-client').DynamoClient },
  rate: number,
  seed: number,
): Promise<Matrix> {
  const matrix: Matrix = new Map()
  const record = (result: PathResult, kind: FaultKind) => {
    const row = matrix.get(result.path) ?? new Map<FaultKind, PathResult>()
    row.set(kind, result)
    matrix.set(result.path, row)
  }
  for (const kind of FAULT_KINDS) {
    proxy.setRates({ [kind]: rate }, seed)
    const tag = `${ctx.tag}-${kind}`
    for (const path of [...CLIENT_PATHS, NON_IDEMPOTENT_COUNTER]) {
      record(
        await path.run({ faulty: ctx.faulty, direct: ctx.direct, table: ctx.table, count: ctx.count, tag }),
        kind,
      )
    }
    for (const path of [...ORM_PATHS, ...PRODUCT_PATHS, ORM_INCREMENT])
      record(await path.run({ ...ctx, tag }), kind)
  }
  proxy.setRates({})
  return matrix
}

/** The table: one row per path, one column per fault kind, `lost / duplicated` per cell (+ failed calls). */
export function formatMatrix(matrix: Matrix): string {
  const header = `| write path | ${FAULT_KINDS.join(' | ')} |`
  const rule = `|---|${FAULT_KINDS.map(() => '---').join('|')}|`
  const rows = [...matrix].map(([path, cells]) => {
    const text = FAULT_KINDS.map((kind) => {
      const cell = cells.get(kind)
      if (!cell) return '-'
      const failed = Object.values(cell.errors).reduce((sum, n) => sum + n, 0)
      return `${cell.lost} / ${cell.duplicated}${failed ? ` (${failed} failed: ${Object.keys(cell.errors).join(',')})` : ''}`
    })
    return `| ${path} | ${text.join(' | ')} |`
  })
  return [header, rule, ...rows].join('\n')
}
