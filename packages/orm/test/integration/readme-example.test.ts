import { DynamoClient } from '@dbtooling/dynamo-client'
import { defineModel, stacksSchema as schema } from '@dbtooling/schema'
import { expect, it } from 'vitest'
import { createOrm, Model } from '../../src/index'
import { localCredentials, localEndpoint, localRegion, uniqueTableName } from '../support'

// The README's first example, against the shared DynamoDB Local.
it('runs the README example', async () => {
  const userDefinition = defineModel({
    name: 'User',
    traits: { useTimestamps: true, useUuid: true, useSoftDeletes: true },
    attributes: {
      email: {
        type: 'string',
        unique: true,
        fillable: true,
        required: true,
        validation: { rule: schema.string().email(), message: { email: 'Enter an email address' } },
      },
      name: { type: 'string', fillable: true },
      password: { type: 'string', fillable: true, hidden: true },
    },
  } as const)

  class User extends Model(userDefinition) {
    get greeting() {
      return `Hello ${this.name ?? this.email}`
    }
  }

  const orm = createOrm({
    models: [User],
    client: new DynamoClient({
      endpoint: localEndpoint(),
      region: localRegion,
      credentials: localCredentials,
    }),
    design: { tableName: uniqueTableName('readme-demo') },
  })
  await orm.createTable()
  const ada = await User.create({ email: 'ada@example.com', name: 'Ada', password: 'secret' })
  const found = await User.find(ada.id)
  expect(found?.greeting).toBe('Hello Ada')
  expect(found?.toJSON()).not.toHaveProperty('password')
  ada.name = 'Ada Lovelace'
  await ada.save()
  await ada.delete()
  expect(await User.find(ada.id)).toBeNull()
  await ada.forceDelete()
  expect(await User.find(ada.id, { withTrashed: true })).toBeNull()
  await expect(User.create({ email: 'nope', name: 'Bad' })).rejects.toMatchObject({
    fields: { email: ['Enter an email address'] },
  })
  await orm.dropTable()
})
