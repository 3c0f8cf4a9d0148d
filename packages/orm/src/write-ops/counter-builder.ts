import { add } from '@dbtooling/dynamo-client'
import type { AtomicWriteOptions } from './conditions'
import { type AtomicBuilder, assertAttributeKind } from './run-atomic'

/** Compiles `(field, by, options)` into an ADD of `sign * by` (shared with transactions). */
export function counterBuilder(operation: string, sign: 1 | -1): AtomicBuilder {
  return (target, [field, by, options]) => {
    const name = String(field)
    assertAttributeKind(target.entity, name, operation, ['number'])
    const amount = signed(by ?? 1, sign, operation)
    return {
      change: { operation, fields: [name], actions: [add([name], amount)] },
      conditions: options as AtomicWriteOptions | undefined,
    }
  }
}

function signed(by: unknown, sign: 1 | -1, operation: string): number | bigint {
  if (typeof by === 'bigint') return sign === 1 ? by : -by
  if (typeof by === 'number' && Number.isFinite(by)) return sign * by
  throw new TypeError(`${operation} takes a finite number or bigint, got ${String(by)}`)
}
