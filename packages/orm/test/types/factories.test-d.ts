import { expectTypeOf } from 'vitest'
import { defineFactory, type Factory, Model } from '../../src/index'
import { teamDefinition, userDefinition } from '../fixtures/models'

class User extends Model(userDefinition) {
  greet(): string {
    return `hi ${this.email}`
  }
}
const Team = Model(teamDefinition)

// A model's factory makes instances of the calling class, typed from its definition.
expectTypeOf(User.factory()).toEqualTypeOf<Factory<typeof User>>()
expectTypeOf(User.factory().count(2).make()).resolves.toEqualTypeOf<User[]>()
expectTypeOf(User.factory().createOne()).resolves.toHaveProperty('greet')
expectTypeOf(User.factory().createOne()).resolves.toHaveProperty('email').toEqualTypeOf<string>()

// Overrides, states and definitions take the model's attributes with their types.
User.factory().set({ email: 'a@b.c', name: 'Ada' })
// @ts-expect-error: not an attribute of User
User.factory().set({ nope: 1 })
// @ts-expect-error: email is a string
User.factory().make({ email: 42 })
defineFactory(User, ({ faker, sequence }) => ({ email: `u${sequence}@x.io`, name: faker.person.fullName() }))
// @ts-expect-error: name is a string
defineFactory(User, () => ({ name: 1 }))
User.factory().state(({ sequence }) => ({ role: `r${sequence}` }))

// Relations take other factories and stored models of any class.
async function relations() {
  const teams = await Team.factory().count(2).create()
  User.factory().recycle(teams).for(teams[0]!).for(Team.factory())
}
void relations
