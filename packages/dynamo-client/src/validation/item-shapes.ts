import {
  bool,
  exactlyOne,
  list,
  listOf,
  map,
  mapOf,
  num,
  object,
  oneOf,
  type Rule,
  shapeOf,
  str,
  strings,
} from './rules'

/** Rules shared by the item operations, batches and transactions (request side only). */
export const capacity: Rule = oneOf('INDEXES', 'TOTAL', 'NONE')
export const collectionMetrics: Rule = oneOf('SIZE', 'NONE')
export const returnValues: Rule = oneOf('NONE', 'ALL_OLD', 'UPDATED_OLD', 'ALL_NEW', 'UPDATED_NEW')
export const returnOnConditionFailure: Rule = oneOf('ALL_OLD', 'NONE')
export const select: Rule = oneOf(
  'ALL_ATTRIBUTES',
  'ALL_PROJECTED_ATTRIBUTES',
  'SPECIFIC_ATTRIBUTES',
  'COUNT',
)
export const andOr: Rule = oneOf('AND', 'OR')

/** Expression and legacy-condition keys every single-item write accepts. */
export const writeCommon = {
  TableName: str,
  ConditionExpression: str,
  ExpressionAttributeNames: map,
  ExpressionAttributeValues: map,
  ReturnConsumedCapacity: capacity,
  ReturnItemCollectionMetrics: collectionMetrics,
  ReturnValuesOnConditionCheckFailure: returnOnConditionFailure,
  Expected: map,
  ConditionalOperator: andOr,
} as const

export const readCommon = {
  TableName: str,
  IndexName: str,
  Select: select,
  Limit: num,
  ConsistentRead: bool,
  ExclusiveStartKey: map,
  ProjectionExpression: str,
  FilterExpression: str,
  ExpressionAttributeNames: map,
  ExpressionAttributeValues: map,
  ReturnConsumedCapacity: capacity,
  AttributesToGet: strings,
  ConditionalOperator: andOr,
} as const

// The nested shapes below are built by the operation that uses them, on its first check (inputShapeOf).

/** `RequestItems` of BatchGetItem: table name to `{ Keys: [...] }`. */
export function batchGetRequestItems(): Rule {
  const keysAndAttributes = shapeOf(
    {
      Keys: listOf('an array of keys', map),
      ConsistentRead: bool,
      ProjectionExpression: str,
      ExpressionAttributeNames: map,
      AttributesToGet: strings,
    },
    ['Keys'],
  )
  return mapOf('an object of table name to { Keys: [...] }', object(keysAndAttributes))
}

/** `RequestItems` of BatchWriteItem: table name to an array of `{ PutRequest }` / `{ DeleteRequest }`. */
export function batchWriteRequestItems(): Rule {
  const writeRequest = exactlyOne({
    PutRequest: object(shapeOf({ Item: map }, ['Item'])),
    DeleteRequest: object(shapeOf({ Key: map }, ['Key'])),
  })
  return mapOf(
    'an object of table name to an array of { PutRequest: { Item } } or { DeleteRequest: { Key } }',
    listOf('an array of { PutRequest: { Item } } or { DeleteRequest: { Key } }', writeRequest),
  )
}

const transactCommon = {
  TableName: str,
  ConditionExpression: str,
  ExpressionAttributeNames: map,
  ExpressionAttributeValues: map,
  ReturnValuesOnConditionCheckFailure: returnOnConditionFailure,
} as const

export function transactWriteItems(): Rule {
  const transactWriteItem = exactlyOne({
    Put: object(shapeOf({ ...transactCommon, Item: map }, ['TableName', 'Item'])),
    Update: object(
      shapeOf({ ...transactCommon, Key: map, UpdateExpression: str }, [
        'TableName',
        'Key',
        'UpdateExpression',
      ]),
    ),
    Delete: object(shapeOf({ ...transactCommon, Key: map }, ['TableName', 'Key'])),
    ConditionCheck: object(
      shapeOf({ ...transactCommon, Key: map }, ['TableName', 'Key', 'ConditionExpression']),
    ),
  })
  return listOf('an array of { Put } / { Update } / { Delete } / { ConditionCheck } items', transactWriteItem)
}

export function transactGetItems(): Rule {
  const get = shapeOf(
    { TableName: str, Key: map, ProjectionExpression: str, ExpressionAttributeNames: map },
    ['TableName', 'Key'],
  )
  return listOf('an array of { Get: { TableName, Key } } items', exactlyOne({ Get: object(get) }))
}

export function batchStatements(): Rule {
  const statement = shapeOf(
    {
      Statement: str,
      Parameters: list,
      ConsistentRead: bool,
      ReturnValuesOnConditionCheckFailure: returnOnConditionFailure,
    },
    ['Statement'],
  )
  return listOf('an array of { Statement, Parameters? }', object(statement))
}

export function transactStatements(): Rule {
  return listOf(
    'an array of { Statement, Parameters? }',
    object(shapeOf({ Statement: str, Parameters: list }, ['Statement'])),
  )
}
