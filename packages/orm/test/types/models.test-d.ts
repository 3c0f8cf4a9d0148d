import { expectTypeOf } from 'vitest'
import {
  type CreateAttributes,
  createOrm,
  Model,
  type ModelAttributes,
  type ModelInstance,
  type SerializedAttributes,
} from '../../src/index'
import { articleDefinition } from '../fixtures/article'
import { teamDefinition, userDefinition } from '../fixtures/models'

class User extends Model(userDefinition) {
  greet(): string {
    return `hi ${this.email}`
  }
}
const Article = Model(articleDefinition)

// Attribute types come from the definition.
expectTypeOf<ModelAttributes<typeof userDefinition>['email']>().toEqualTypeOf<string>()
expectTypeOf<ModelAttributes<typeof userDefinition>['name']>().toEqualTypeOf<string | undefined>()
// Custom casts and `get` accessors give their own types.
expectTypeOf<ModelAttributes<typeof articleDefinition>['price']>().toEqualTypeOf<number | undefined>()
expectTypeOf<ModelAttributes<typeof articleDefinition>['tags']>().toEqualTypeOf<string[] | undefined>()
// Hidden attributes are not serialized.
expectTypeOf<SerializedAttributes<typeof userDefinition>>().not.toHaveProperty('password')
// Auto-managed attributes are not insertable.
expectTypeOf<CreateAttributes<typeof userDefinition>>().not.toHaveProperty('id')
expectTypeOf<CreateAttributes<typeof userDefinition>>().not.toHaveProperty('createdAt')

async function statics() {
  const user = await User.find('1')
  expectTypeOf(user).toEqualTypeOf<User | null>()
  const sure = await User.findOrFail('1')
  expectTypeOf(sure.greet()).toBeString()
  expectTypeOf(sure.email).toBeString()
  const many = await User.findMany(['1', '2'])
  expectTypeOf(many).toEqualTypeOf<User[]>()
  const created = await User.create({ email: 'a@b.c', name: 'Ada' })
  expectTypeOf(created).toEqualTypeOf<User>()

  // @ts-expect-error unknown attribute
  await User.create({ email: 'a@b.c', nope: 1 })
  // @ts-expect-error the id is generated (useUuid)
  await User.create({ email: 'a@b.c', id: 'mine' })
  // @ts-expect-error timestamps are managed by the ORM
  await User.create({ email: 'a@b.c', createdAt: 'now' })
  // @ts-expect-error a required attribute is missing
  await User.create({ name: 'No email' })
  // @ts-expect-error wrong attribute type
  await User.create({ email: 42 })
  // @ts-expect-error the version attribute is managed by the ORM
  await Article.create({ title: 'x', _v: 3 })
  // @ts-expect-error soft-delete marker is managed by the ORM
  await Article.create({ title: 'x', deletedAt: 'now' })
  // @ts-expect-error editorNote is not fillable (the model marks other attributes fillable)
  await Article.create({ title: 'x', editorNote: 'no' })
  await Article.forceCreate({ title: 'x', editorNote: 'forced' })

  const article = await Article.findOrFail('1')
  expectTypeOf(article).toMatchTypeOf<ModelInstance<typeof articleDefinition>>()
  expectTypeOf(article.toJSON()).not.toHaveProperty('secret')
  expectTypeOf(article.only('title', 'views')).toEqualTypeOf<{ title: string; views?: number | undefined }>()
  // @ts-expect-error not an attribute
  article.only('nope')
  // @ts-expect-error wrong type on assignment
  article.views = 'many'
  // @ts-expect-error only hidden attributes can be made visible
  article.makeVisible('title')
  User.on('creating', (model) => {
    expectTypeOf(model).toEqualTypeOf<User>()
    return model.email !== 'blocked'
  })
}

async function queries() {
  const found = await User.where('email', 'a@b.c').first()
  expectTypeOf(found).toEqualTypeOf<User | null>()
  // @ts-expect-error unknown attribute in where
  User.where('nope', 1)
  // @ts-expect-error wrong value type in where
  User.where('email', 42)
}

function ormModels() {
  const orm = createOrm({ models: [User, teamDefinition], setDefault: false })
  const Team = orm.model('Team')
  expectTypeOf(Team.create).parameter(0).toHaveProperty('slug')
  // @ts-expect-error unknown model name
  orm.model('Nope')
}

export { ormModels, queries, statics }
