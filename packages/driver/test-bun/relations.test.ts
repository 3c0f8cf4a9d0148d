import { afterAll, describe, expect, test } from 'bun:test'
import { freshOrm, requestsOf, rowsOf, withRelations, writeResult } from './support'

// One table, one design: what the driver writes the ORM reads through its relations, and what the ORM
// writes the driver reads through the builder's with(), for hasMany, hasOne, belongsTo and belongsToMany.
const { orm, db, sent } = await freshOrm('driver-relations')
const User = orm.model('User')
const Role = orm.model('Role')

afterAll(() => orm.dropTable())

type Row = Record<string, unknown>
const ids = (rows: unknown): unknown[] => (rows as Row[]).map((row) => row.id).sort()

describe('written through the driver, read through @dbtooling/orm', async () => {
  await db.insertInto('teams').values({ id: 'ta', name: 'Alpha' }).execute()
  await db.insertInto('users').values({ id: 'ua', name: 'Ann', email: 'ann@a.io', team_id: 'ta' }).execute()
  await db
    .insertInto('posts')
    .values([
      { id: 'pa1', title: 'One', status: 'draft', user_id: 'ua' },
      { id: 'pa2', title: 'Two', status: 'draft', user_id: 'ua' },
    ])
    .execute()
  await db.insertInto('profiles').values({ id: 'fa', bio: 'Hi', user_id: 'ua' }).execute()
  await db
    .insertInto('roles')
    .values([
      { id: 'ra1', name: 'admin' },
      { id: 'ra2', name: 'editor' },
    ])
    .execute()
  // bun-query-builder's pivot table for users x roles is role_user; its rows become our edge items.
  await db
    .insertInto('role_user')
    .values([
      { user_id: 'ua', role_id: 'ra1' },
      { user_id: 'ua', role_id: 'ra2' },
    ])
    .execute()
  const ann = await User.findOrFail('ua')

  test('hasMany', async () => {
    expect(ids((await ann.posts().get()).toJSON())).toEqual(['pa1', 'pa2'])
  })

  test('hasOne', async () => {
    expect((await ann.profile())?.get('bio')).toBe('Hi')
  })

  test('belongsTo (and its inverse hasMany)', async () => {
    expect((await ann.team())?.get('name')).toBe('Alpha')
    const team = await orm.model('Team').findOrFail('ta')
    expect(ids((await team.users().get()).toJSON())).toEqual(['ua'])
  })

  test('belongsToMany, both directions', async () => {
    expect(ids((await ann.relation('roles').get()).toJSON())).toEqual(['ra1', 'ra2'])
    const admin = await Role.findOrFail('ra1')
    expect(ids((await admin.relation('users').get()).toJSON())).toEqual(['ua'])
  })

  test('a pivot DELETE detaches the edge', async () => {
    const result = writeResult(
      await db.deleteFrom('role_user').where({ user_id: 'ua', role_id: 'ra2' }).execute(),
    )
    expect(result.count).toBe(1)
    expect(ids((await ann.relation('roles').get()).toJSON())).toEqual(['ra1'])
  })
})

describe("written through @dbtooling/orm, read through the builder's with()", async () => {
  await orm.model('Team').create({ id: 'tb', name: 'Beta' })
  const bea = await User.create({ id: 'ub', name: 'Bea', email: 'bea@b.io', teamId: 'tb' })
  await orm.model('Post').create({ id: 'pb1', title: 'Mine', status: 'published', userId: 'ub' })
  await orm.model('Profile').create({ id: 'fb', bio: 'Yo', userId: 'ub' })
  await Role.create({ id: 'rb', name: 'viewer' })
  await bea.relation('roles').attach('rb')

  // The driver's rows and requests are the ORM's own for the same with() query.
  async function withRelation(relation: string) {
    let viaDriver: Row[] = []
    let viaOrm: Row[] = []
    const driverRequests = await requestsOf(sent, async () => {
      viaDriver = rowsOf(await withRelations(db.selectFrom('users'), relation).where('id', '=', 'ub').get())
    })
    const ormRequests = await requestsOf(sent, async () => {
      viaOrm = rowsOf(
        (
          await User.query()
            .with(relation as never)
            .where('id', 'ub')
            .get()
        ).toJSON(),
      )
    })
    expect(viaDriver).toEqual(viaOrm)
    expect(driverRequests).toEqual(ormRequests)
    return viaDriver[0] as Row
  }

  test('hasMany', async () => {
    expect(ids((await withRelation('posts')).posts)).toEqual(['pb1'])
  })

  test('hasOne', async () => {
    expect(((await withRelation('profile')).profile as Row).bio).toBe('Yo')
  })

  test('belongsTo, and hasMany from the other side', async () => {
    expect(((await withRelation('team')).team as Row).name).toBe('Beta')
    const [team] = rowsOf(await withRelations(db.selectFrom('teams'), 'users').where('id', '=', 'tb').get())
    expect(ids(team?.users)).toEqual(['ub'])
  })

  test('belongsToMany, both directions', async () => {
    expect(ids((await withRelation('roles')).roles)).toEqual(['rb'])
    const [role] = rowsOf(await withRelations(db.selectFrom('roles'), 'users').where('id', '=', 'rb').get())
    expect(ids(role?.users)).toEqual(['ub'])
  })
})
