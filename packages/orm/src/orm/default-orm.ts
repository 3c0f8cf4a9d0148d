import type { OrmContext } from '../context'

/** What a model class needs from an ORM: its context. `Orm` satisfies it. */
export interface OrmHandle {
  readonly ctx: OrmContext
}

let current: OrmHandle | null = null

/** The ORM that model classes without their own binding use: the last `createOrm()`, or the one set here. */
export function setDefaultOrm(orm: OrmHandle | null): void {
  current = orm
}

export function getDefaultOrm(): OrmHandle | null {
  return current
}
