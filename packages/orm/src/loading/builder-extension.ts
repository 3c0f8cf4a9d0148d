import { setKeyFinder, setRowFinisher } from '../query/result-hooks'
import { findByKey } from './find-by-key'
import { finishRows } from './runners'

let installed = false

/**
 * Lets query results carry out `with`/`withCount`/`has`/`whereHas`... The builder declares those methods
 * itself and records them on its description; this registers the code that reads the relations.
 *
 * @example
 * ```ts
 * installEagerLoading() // done by importing @dbtooling/orm; safe to call again
 * ```
 */
export function installEagerLoading(): void {
  if (installed) return
  installed = true
  setRowFinisher(finishRows)
  setKeyFinder(findByKey)
}
