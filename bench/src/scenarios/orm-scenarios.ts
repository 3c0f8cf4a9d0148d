import { dbtoolingStoredUser, FIND_ID, NEW_USER, ORM_UPDATES, TEAM_ID } from '../fixtures/orm-users'
import type { ScenarioSpec } from './scenario-spec'

export type OrmScenario = 'find' | 'create' | 'where10' | 'update2'

export const ORM_SCENARIOS: readonly ScenarioSpec<OrmScenario>[] = [
  { name: 'find', title: 'User.find(id)', expected: 1 },
  { name: 'create', title: 'User.create({...})', expected: 1 },
  { name: 'where10', title: 'where(teamId) → 10 users', expected: 10 },
  { name: 'update2', title: 'user.update(2 attributes)', expected: 1 },
]

/**
 * The requests @dbtooling/orm sends for each scenario, in document form, byte for byte after
 * serialisation (`orm-request-parity.ts` checks this before every ORM run): what the plain-client
 * contestants send, so "ORM over our client" compares the same request. The update alternates two sets of
 * values as the ORM contestant does (a model writes only what changed).
 */
export function ormDocumentRequests(table: string) {
  const stored = dbtoolingStoredUser({ id: FIND_ID, teamId: TEAM_ID, name: '', email: '', age: 0 })
  const key = { pk: stored.pk, sk: stored.sk }
  const update = (values: (typeof ORM_UPDATES)[number]) => ({
    TableName: table,
    Key: key,
    UpdateExpression: 'SET #a0 = :a0, #a1 = :a1',
    ConditionExpression: 'attribute_exists(#a2)',
    ExpressionAttributeNames: { '#a0': 'name', '#a1': 'age', '#a2': 'pk' },
    ReturnValuesOnConditionCheckFailure: 'ALL_OLD' as const,
    ExpressionAttributeValues: { ':a0': values.name, ':a1': values.age },
  })
  return {
    find: { TableName: table, Key: key },
    create: {
      TableName: table,
      Item: dbtoolingStoredUser(NEW_USER),
      ConditionExpression: 'attribute_not_exists(#a0)',
      ExpressionAttributeNames: { '#a0': 'pk' },
    },
    where10: {
      TableName: table,
      KeyConditionExpression: '#n0 = :v0',
      ExpressionAttributeNames: { '#n0': 'gsi2pk' },
      IndexName: 'GSI2',
      ReturnConsumedCapacity: 'TOTAL' as const,
      ExpressionAttributeValues: { ':v0': `TEAM#${TEAM_ID}` },
    },
    /** Call n sends `update2[n % 2]`, as the ORM contestant writes `ORM_UPDATES[n % 2]`. */
    update2: [update(ORM_UPDATES[0]), update(ORM_UPDATES[1])] as const,
  }
}
