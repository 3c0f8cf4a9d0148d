import { type AtomicBuilder, compileAtomic } from './run-atomic'
import { sendPlan, settle } from './send-write'

/**
 * The shared body of every atomic operation: compile one UpdateItem, send it, and return the instance
 * in step with the stored values (or a new instance of the updated item for by-key calls).
 */
export async function runAtomic<R>(
  operation: string,
  first: unknown,
  rest: readonly unknown[],
  build: AtomicBuilder,
): Promise<R> {
  const { target, plan, fields, idempotent } = compileAtomic(operation, first, rest, build)
  if (plan === null) return (target.model ?? null) as R
  const item = await sendPlan(target, plan, { idempotent })
  return settle<R>(target, item, fields)
}
