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

const keysAndAttributes = object(
  shapeOf(
    {
      Keys: listOf('an array of keys', map),
      ConsistentRead: bool,
      ProjectionExpression: str,
      ExpressionAttributeNames: map,
      AttributesToGet: strings,
    },
    ['Keys'],
  ),
)

/** `RequestItems` of BatchGetItem: table name to `{ Keys: [...] }`. */
export const batchGetRequestItems: Rule = mapOf(
  'an object of table name to { Keys: [...] }',
  keysAndAttributes,
)

const writeRequest = exactlyOne({
  PutRequest: object(shapeOf({ Item: map }, ['Item'])),
  DeleteRequest: object(shapeOf({ Key: map }, ['Key'])),
})

/** `RequestItems` of BatchWriteItem: table name to an array of `{ PutRequest }` / `{ DeleteRequest }`. */
export const batchWriteRequestItems: Rule = mapOf(
  'an object of table name to an array of { PutRequest: { Item } } or { DeleteRequest: { Key } }',
  listOf('an array of { PutRequest: { Item } } or { DeleteRequest: { Key } }', writeRequest),
)

const transactCommon = {
  TableName: str,
  ConditionExpression: str,
  ExpressionAttributeNames: map,
  ExpressionAttributeValues: map,
  ReturnValuesOnConditionCheckFailure: returnOnConditionFailure,
} as const

const transactWriteItem = exactlyOne({
  Put: object(shapeOf({ ...transactCommon, Item: map }, ['TableName', 'Item'])),
  Update: object(
    shapeOf({ ...transactCommon, Key: map, UpdateExpression: str }, ['TableName', 'Key', 'UpdateExpression']),
  ),
  Delete: object(shapeOf({ ...transactCommon, Key: map }, ['TableName', 'Key'])),
  ConditionCheck: object(
    shapeOf({ ...transactCommon, Key: map }, ['TableName', 'Key', 'ConditionExpression']),
  ),
})

export const transactWriteItems: Rule = listOf(
  'an array of { Put } / { Update } / { Delete } / { ConditionCheck } items',
  transactWriteItem,
)

const transactGetItem = exactlyOne({
  Get: object(
    shapeOf({ TableName: str, Key: map, ProjectionExpression: str, ExpressionAttributeNames: map }, [
      'TableName',
      'Key',
    ]),
  ),
})

export const transactGetItems: Rule = listOf('an array of { Get: { TableName, Key } } items', transactGetItem)

const statement = shapeOf(
  {
    Statement: str,
    Parameters: list,
    ConsistentRead: bool,
    ReturnValuesOnConditionCheckFailure: returnOnConditionFailure,
  },
  ['Statement'],
)

export const batchStatements: Rule = listOf('an array of { Statement, Parameters? }', object(statement))
export const transactStatements: Rule = listOf(
  'an array of { Statement, Parameters? }',
  object(shapeOf({ Statement: str, Parameters: list }, ['Statement'])),
)
