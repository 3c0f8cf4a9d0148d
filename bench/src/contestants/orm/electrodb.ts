import { Entity } from 'electrodb'
import { defineContestant, type Target } from '../../contestant'
import { FIND_ID, NEW_USER, ORM_TABLES, ORM_UPDATE, TEAM_ID } from '../../fixtures/orm-users'
import { sdkDocumentClient } from '../client/aws-sdk'

/** ElectroDB's key template syntax (`USER#${id}`), spelled so it is not mistaken for a JS placeholder. */
const keyTemplate = (prefix: string, attribute: string) => `${prefix}#\${${attribute}}`

/** The user model in ElectroDB, with keys laid out exactly like ours (USER#id, TEAM#teamId on gsi1). */
function userEntity(target: Target) {
  return new Entity(
    {
      model: { entity: 'user', version: '1', service: 'bench' },
      attributes: {
        id: { type: 'string', required: true },
        teamId: { type: 'string', required: true },
        name: { type: 'string', required: true },
        email: { type: 'string', required: true },
        age: { type: 'number', required: true },
      },
      indexes: {
        byId: {
          pk: { field: 'pk', composite: ['id'], template: keyTemplate('USER', 'id'), casing: 'none' },
          sk: { field: 'sk', composite: ['id'], template: keyTemplate('USER', 'id'), casing: 'none' },
        },
        byTeam: {
          index: 'gsi1',
          pk: {
            field: 'gsi1pk',
            composite: ['teamId'],
            template: keyTemplate('TEAM', 'teamId'),
            casing: 'none',
          },
          sk: { field: 'gsi1sk', composite: ['id'], template: keyTemplate('USER', 'id'), casing: 'none' },
        },
      },
    },
    { client: sdkDocumentClient(target), table: ORM_TABLES.electrodb },
  )
}

type UserEntity = ReturnType<typeof userEntity>

export const electrodb = defineContestant({
  name: 'electrodb',
  label: 'ElectroDB 3 entity over the SDK v3 document client',
  async setup(target: Target): Promise<UserEntity> {
    return userEntity(target)
  },
  scenarios: {
    find: async (User) => ((await User.get({ id: FIND_ID }).go()).data ? 1 : 0),
    create: async (User) => ((await User.create(NEW_USER).go()).data ? 1 : 0),
    where10: async (User) => (await User.query.byTeam({ teamId: TEAM_ID }).go()).data.length,
    update2: async (User) =>
      (await User.update({ id: FIND_ID }).set(ORM_UPDATE).go({ response: 'all_new' })).data ? 1 : 0,
  },
})
