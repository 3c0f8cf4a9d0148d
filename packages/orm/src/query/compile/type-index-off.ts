import type { EntityDesign } from '@dbtooling/schema'
import { QueryError } from '../errors'

/** A query with no key condition on a model that turned its list-by-type entry off. */
export function typeIndexOff(entity: EntityDesign): QueryError {
  return new QueryError(
    'TYPE_INDEX_DISABLED',
    `this query needs the list-by-type entry of ${entity.name}, which the model turns off with typeIndex: false`,
    {
      hint: `query by a key or indexed attribute of ${entity.name}, remove typeIndex: false from the model (and migrate), or call forceScan() to scan the table on purpose`,
      entity: entity.name,
    },
  )
}
