import { DriverError } from '../errors'
import type { SchemaMap } from '../schema-map'
import { parseStatement } from '../sql/parse-statement'
import { selectIntent } from './select'
import type { Intent } from './types'
import { BoundValues } from './values'
import { deleteIntent, insertIntent, updateIntent } from './write'

/** Parses a statement and its bound values into what it asks for, over the design's models. */
export function toIntent(sql: string, values: readonly unknown[], schema: SchemaMap): Intent {
  const parsed = parseStatement(sql)
  const scope = { schema, sql, values: new BoundValues(values, parsed.placeholderCount, sql) }
  switch (parsed.ast.type) {
    case 'select':
      return selectIntent(parsed.ast, scope)
    case 'insert':
      return insertIntent(parsed.ast, scope)
    case 'update':
      return updateIntent(parsed.ast, scope)
    case 'delete':
      return deleteIntent(parsed.ast, scope)
    default:
      throw new DriverError(
        'UNSUPPORTED_STATEMENT',
        `${String(parsed.ast.type).toUpperCase()} statements are not supported`,
        {
          sql,
          hint: 'the driver runs SELECT, INSERT, UPDATE and DELETE; manage tables with the ORM (orm.createTable(), dbtooling migrate)',
        },
      )
  }
}
