import type { RequestAnnotation } from '@dbtooling/dynamo-client'
import type { OrmObserver } from './orm-observer'

/** The part of a context that carries the observer (OrmContext and QueryContext both do, through options). */
export interface ObservedContext {
  readonly options: { readonly observer?: OrmObserver | null }
}

/**
 * Runs an ORM call under observation when the ORM has an observer; otherwise calls it directly, so an
 * unobserved ORM pays one property read per call.
 */
export function observeCall<T>(
  ctx: ObservedContext,
  spanName: string,
  annotation: RequestAnnotation,
  call: () => Promise<T>,
): Promise<T> {
  const observer = ctx.options.observer
  return observer ? observer.run(spanName, annotation, call) : call()
}
