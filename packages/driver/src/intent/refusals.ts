import { type RefusedClause, UnsupportedClauseError } from '../errors'

const hints: Record<RefusedClause, { message: string; hint: string }> = {
  JOIN: {
    message: 'DynamoDB has no joins',
    hint: "load related items with the builder's with('relation') (the ORM's eager loader: one batched read per relation) or query the related model by its foreign key",
  },
  'GROUP BY': {
    message: 'DynamoDB cannot group items',
    hint: 'keep a counter item updated in the same transaction as the writes (the ORM: increment()), or group the rows in memory after a bounded query',
  },
  HAVING: {
    message: 'DynamoDB cannot filter groups',
    hint: 'filter in memory after a bounded query, or maintain an aggregate item',
  },
  OFFSET: {
    message: 'DynamoDB cannot skip items: OFFSET is not supported',
    hint: 'page with a cursor instead (the ORM: Model.query().cursorPaginate(perPage, cursor); DynamoDB: ExclusiveStartKey from the last page), or limit() alone for the first page',
  },
  'SUB-SELECT': {
    message: 'DynamoDB cannot nest a query in another',
    hint: "run the inner query first and pass its values (where(column, 'in', values)), or load relations with with()",
  },
  UNION: {
    message: 'DynamoDB cannot merge two queries',
    hint: "run both queries and concatenate the rows, or use where(column, 'in', values), which the ORM fans out as parallel Queries merged in order",
  },
  DISTINCT: {
    message: 'DynamoDB cannot de-duplicate rows',
    hint: 'de-duplicate in memory, or model the distinct values as their own items',
  },
  WITH: {
    message: 'DynamoDB has no common table expressions',
    hint: 'run the inner query first and use its rows',
  },
  'ORDER BY': {
    message: 'DynamoDB orders by one sort key only',
    hint: 'order by a single column that an index sorts by (declare an index on it), or sort the rows in memory',
  },
  RETURNING: {
    message: 'RETURNING is not supported',
    hint: 'read the item back by its key after the write (insertId holds the key of the last inserted row)',
  },
  'ON CONFLICT': {
    message: 'ON CONFLICT is not supported',
    hint: "use the ORM's upsert(Model, attributes), a conditional PutItem",
  },
}

/** The typed refusal of a clause, naming it and the DynamoDB way to get the same result. */
export function refuse(clause: RefusedClause, sql: string): UnsupportedClauseError {
  const { message, hint } = hints[clause]
  return new UnsupportedClauseError(clause, message, { sql, hint })
}
