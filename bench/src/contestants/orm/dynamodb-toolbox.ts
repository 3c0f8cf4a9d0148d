import {
  Entity,
  GetItemCommand,
  item,
  number,
  PutItemCommand,
  QueryCommand,
  string,
  Table,
  UpdateItemCommand,
} from 'dynamodb-toolbox'
import { defineContestant, type Target } from '../../contestant'
import { FIND_ID, NEW_USER, ORM_TABLES, ORM_UPDATE, TEAM_ID } from '../../fixtures/orm-users'
import { sdkDocumentClient } from '../client/aws-sdk'

/** The user model in DynamoDB-Toolbox v2: same attributes, same key layout, `_et` entity marker. */
function userModel(target: Target) {
  const table = new Table({
    name: ORM_TABLES.toolbox,
    partitionKey: { name: 'pk', type: 'string' },
    sortKey: { name: 'sk', type: 'string' },
    indexes: {
      gsi1: {
        type: 'global',
        partitionKey: { name: 'gsi1pk', type: 'string' },
        sortKey: { name: 'gsi1sk', type: 'string' },
      },
    },
    documentClient: sdkDocumentClient(target),
  })
  const schema = item({
    id: string().key(),
    teamId: string(),
    name: string(),
    email: string(),
    age: number(),
  }).and((base) => ({
    gsi1pk: string()
      .hidden()
      .link<typeof base>(({ teamId }) => `TEAM#${teamId}`),
    gsi1sk: string()
      .hidden()
      .link<typeof base>(({ id }) => `USER#${id}`),
  }))
  const User = new Entity({
    name: 'User',
    table,
    schema,
    timestamps: false,
    computeKey: ({ id }: { id: string }) => ({ pk: `USER#${id}`, sk: `USER#${id}` }),
  })
  return { table, User }
}

type Model = ReturnType<typeof userModel>

export const dynamodbToolbox = defineContestant({
  name: 'dynamodb-toolbox',
  label: 'DynamoDB-Toolbox v2 entity and table over the SDK v3 document client',
  async setup(target: Target): Promise<Model> {
    return userModel(target)
  },
  scenarios: {
    find: async ({ User }) => ((await User.build(GetItemCommand).key({ id: FIND_ID }).send()).Item ? 1 : 0),
    create: async ({ User }) => {
      const put = User.build(PutItemCommand)
        .item(NEW_USER)
        .options({ condition: { attr: 'id', exists: false } })
      await put.send()
      return 1
    },
    where10: async ({ table, User }) => {
      const query = table
        .build(QueryCommand)
        .entities(User)
        .query({ index: 'gsi1', partition: `TEAM#${TEAM_ID}`, range: { beginsWith: 'USER#' } })
      return (await query.send()).Items?.length ?? 0
    },
    update2: async ({ User }) => {
      const update = User.build(UpdateItemCommand)
        .item({ id: FIND_ID, ...ORM_UPDATE })
        .options({ returnValues: 'ALL_NEW' })
      return (await update.send()).Attributes ? 1 : 0
    },
  },
})
