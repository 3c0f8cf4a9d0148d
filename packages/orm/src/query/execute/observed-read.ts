import { observeCall } from '../../observability/observe-call'
import type { CompiledQuery } from '../compile/compile-query'
import type { QueryRunner } from './runner'

/**
 * Runs a query's reads under observation: the span is `User.get` / `User.first`, and the access pattern
 * (what `orm.costs()` groups by) is the cost class and index, e.g. `Query (bounded partition) on gsi1`.
 */
export function observedRead<T>(
  runner: QueryRunner<unknown>,
  compiled: CompiledQuery,
  method: string,
  read: () => Promise<T>,
): Promise<T> {
  if (!runner.ctx.options.observer) return read()
  const cost = compiled.pointRead ? 'GetItem (unique guard)' : compiled.costClass
  const annotation = {
    entity: runner.entity,
    pattern: compiled.index ? `${cost} on ${compiled.index}` : cost,
    wholeTypeRead: compiled.costClass === 'Query (whole type)',
  }
  return observeCall(runner.ctx, `${runner.entity}.${method}`, annotation, read)
}
