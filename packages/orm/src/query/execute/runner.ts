import type { CompiledQuery } from '../compile/compile-query'
import type { QueryContext } from '../context'
import type { QueryDescription } from '../description'
import type { StoredItem } from './read-pages'

/** What result functions need from a builder: its context, description, a compiler and a hydrator. */
export interface QueryRunner<R> {
  readonly ctx: QueryContext
  readonly entity: string
  readonly description: QueryDescription
  /** The compiled query, checked for scans (warns, or throws in strict mode). */
  compile(description?: QueryDescription): CompiledQuery
  hydrate(item: StoredItem): R
}

const warned = new WeakMap<object, Set<string>>()

/** Warns once per context and message: a hot endpoint must not flood logs with the same scan warning. */
export function warnOnce(ctx: QueryContext, message: string): void {
  let seen = warned.get(ctx)
  if (!seen) {
    seen = new Set()
    warned.set(ctx, seen)
  }
  if (seen.has(message)) return
  seen.add(message)
  const warn = ctx.options.warn ?? ((text: string) => console.warn(text))
  warn(message)
}
