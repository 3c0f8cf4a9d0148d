import { FIND_ID, NEW_USER, ORM_UPDATE, TEAM_ID, userKeys } from '../fixtures/orm-users'
import type { ScenarioSpec } from './scenario-spec'

export type OrmScenario = 'find' | 'create' | 'where10' | 'update2'

export const ORM_SCENARIOS: readonly ScenarioSpec<OrmScenario>[] = [
  { name: 'find', title: 'User.find(id)', expected: 1 },
  { name: 'create', title: 'User.create({...})', expected: 1 },
  { name: 'where10', title: 'where(teamId) → 10 users', expected: 10 },
  { name: 'update2', title: 'user.update(2 attributes)', expected: 1 },
]

/**
 * The requests a model layer should boil down to, in document form: what the plain-client
 * contestants send, and the yardstick for the ORM contestants' overhead.
 */
export function ormDocumentRequests(table: string) {
  const findKeys = userKeys({ id: FIND_ID, teamId: TEAM_ID })
  const key = { pk: findKeys.pk, sk: findKeys.sk }
  return {
    find: { TableName: table, Key: key },
    create: {
      TableName: table,
      Item: { ...userKeys(NEW_USER), ...NEW_USER, _et: 'User' },
      ConditionExpression: 'attribute_not_exists(pk)',
    },
    where10: {
      TableName: table,
      IndexName: 'gsi1',
      KeyConditionExpression: 'gsi1pk = :pk AND begins_with(gsi1sk, :sk)',
      ExpressionAttributeValues: { ':pk': `TEAM#${TEAM_ID}`, ':sk': 'USER#' },
    },
    update2: {
      TableName: table,
      Key: key,
      UpdateExpression: 'SET #name = :name, #age = :age',
      ExpressionAttributeNames: { '#name': 'name', '#age': 'age' },
      ExpressionAttributeValues: { ':name': ORM_UPDATE.name, ':age': ORM_UPDATE.age },
      ReturnValues: 'ALL_NEW' as const,
    },
  }
}
