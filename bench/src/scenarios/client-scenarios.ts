import { type AttributeMap, toAttributeMap } from '../fixtures/attribute-values'
import { BATCH_USERS, GET_KEY, PUT_USER, QUERY_PARTITION, UPDATE_CHANGES } from '../fixtures/users'
import type { ScenarioSpec } from './scenario-spec'

export type ClientScenario = 'getItem' | 'putItem' | 'query10' | 'batchWrite25' | 'update2'

export const CLIENT_SCENARIOS: readonly ScenarioSpec<ClientScenario>[] = [
  { name: 'getItem', title: 'GetItem', expected: 1 },
  { name: 'putItem', title: 'PutItem', expected: 1 },
  { name: 'query10', title: 'Query (10 items)', expected: 10 },
  { name: 'batchWrite25', title: 'BatchWriteItem (25 items)', expected: 25 },
  { name: 'update2', title: 'UpdateItem (2 attributes, ALL_NEW)', expected: 1 },
]

const UPDATE_EXPRESSION = 'SET #name = :name, #age = :age'
const UPDATE_NAMES = { '#name': 'name', '#age': 'age' }

/** The requests in document form (plain JS values), as lib-dynamodb and our DocumentClient take them. */
export function documentRequests(table: string) {
  return {
    getItem: { TableName: table, Key: { ...GET_KEY } },
    putItem: { TableName: table, Item: { ...PUT_USER } },
    query10: {
      TableName: table,
      KeyConditionExpression: 'pk = :pk',
      ExpressionAttributeValues: { ':pk': QUERY_PARTITION },
    },
    batchWrite25: {
      RequestItems: { [table]: BATCH_USERS.map((Item) => ({ PutRequest: { Item: { ...Item } } })) },
    },
    update2: {
      TableName: table,
      Key: { ...GET_KEY },
      UpdateExpression: UPDATE_EXPRESSION,
      ExpressionAttributeNames: UPDATE_NAMES,
      ExpressionAttributeValues: { ':name': UPDATE_CHANGES.name, ':age': UPDATE_CHANGES.age },
      ReturnValues: 'ALL_NEW' as const,
    },
  }
}

/** The same requests in wire form (AWS JSON attribute values), for the raw contestants. */
export function rawRequests(table: string) {
  const values: AttributeMap = toAttributeMap({ ':name': UPDATE_CHANGES.name, ':age': UPDATE_CHANGES.age })
  return {
    getItem: { TableName: table, Key: toAttributeMap(GET_KEY) },
    putItem: { TableName: table, Item: toAttributeMap(PUT_USER) },
    query10: {
      TableName: table,
      KeyConditionExpression: 'pk = :pk',
      ExpressionAttributeValues: toAttributeMap({ ':pk': QUERY_PARTITION }),
    },
    batchWrite25: {
      RequestItems: { [table]: BATCH_USERS.map((user) => ({ PutRequest: { Item: toAttributeMap(user) } })) },
    },
    update2: {
      TableName: table,
      Key: toAttributeMap(GET_KEY),
      UpdateExpression: UPDATE_EXPRESSION,
      ExpressionAttributeNames: UPDATE_NAMES,
      ExpressionAttributeValues: values,
      ReturnValues: 'ALL_NEW' as const,
    },
  } satisfies Record<ClientScenario, object>
}

/** The X-Amz-Target operation name each scenario calls. */
export const OPERATIONS: Record<ClientScenario, string> = {
  getItem: 'GetItem',
  putItem: 'PutItem',
  query10: 'Query',
  batchWrite25: 'BatchWriteItem',
  update2: 'UpdateItem',
}

/** The parts of an output the count looks at; document and wire outputs share these names. */
export interface OutputShape {
  Item?: unknown
  Items?: readonly unknown[] | undefined
  Attributes?: unknown
  UnprocessedItems?: Record<string, readonly unknown[] | undefined> | undefined
}

/** Items read or written by one call, from its output; the runner compares it with `expected`. */
export function itemCount(scenario: ClientScenario, output: OutputShape, written = 25): number {
  switch (scenario) {
    case 'getItem':
      return output.Item ? 1 : 0
    case 'putItem':
      return 1
    case 'query10':
      return output.Items?.length ?? 0
    case 'batchWrite25': {
      const left = Object.values(output.UnprocessedItems ?? {}).reduce(
        (n, list) => n + (list?.length ?? 0),
        0,
      )
      return written - left
    }
    case 'update2':
      return output.Attributes ? 1 : 0
  }
}
