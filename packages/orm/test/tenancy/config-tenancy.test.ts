import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createOrm, tenantContext, withTenant } from '../../src/index'
import { localClient, uniqueTableName } from '../support'
import { models } from './attribute-fixtures'

// createOrm({ config: { multiTenancy } }) must do what enableTenancy does: each strategy, through config.
const base = uniqueTableName('orm-config-tenancy')

function ormWith(multiTenancy: Record<string, unknown>, tableName = base) {
  return createOrm({
    models,
    client: localClient(),
    config: { tableName, multiTenancy },
    setDefault: false,
  })
}

describe('config multiTenancy, prefix strategy', () => {
  const orm = ormWith({ enabled: true, strategy: 'prefix', keyPrefix: 'ORG' })
  const User = orm.model('User')
  beforeAll(() => orm.createTable())
  afterAll(() => orm.dropTable())

  it('writes every partition key under <keyPrefix>#<tenant># and refuses calls without a tenant', async () => {
    const user = await withTenant('acme', () => User.create({ name: 'Ada', email: 'ada@acme.test' }))
    const raw = await orm.doc.get({
      TableName: orm.tableName,
      Key: { pk: `ORG#acme#USER#${user.id}`, sk: `USER#${user.id}` },
    })
    expect(raw.Item?.name).toBe('Ada')
    await expect(User.find(user.id)).rejects.toMatchObject({ code: 'MISSING_TENANT' })
    expect(await withTenant('globex', () => User.find(user.id))).toBeNull()
    expect((await withTenant('acme', () => User.find(user.id)))?.name).toBe('Ada')
  })

  it('takes the tenant from the configured resolver', async () => {
    let current = 'initech'
    const resolved = ormWith({ enabled: true, strategy: 'prefix', resolver: () => current }, orm.tableName)
    const Users = resolved.model('User')
    const user = await Users.create({ name: 'Peter', email: 'peter@initech.test' })
    const raw = await resolved.doc.get({
      TableName: resolved.tableName,
      Key: { pk: `TENANT#initech#USER#${user.id}`, sk: `USER#${user.id}` },
    })
    expect(raw.Item?.name).toBe('Peter')
    current = 'other'
    expect(await Users.find(user.id)).toBeNull()
  })
})

describe('config multiTenancy, table strategy', () => {
  it('routes each tenant to the table tableNamePattern names', () => {
    const orm = ormWith({ enabled: true, strategy: 'table', tableNamePattern: 'app-{tenant}-{table}' })
    expect(tenantContext(orm.ctx, 'acme').tableName).toBe(`app-acme-${base}`)
  })
})

describe('config multiTenancy, attribute strategy', () => {
  const orm = ormWith(
    { enabled: true, strategy: 'attribute', tenantAttribute: 'orgId' },
    uniqueTableName('orm-config-tenancy-attr'),
  )
  const User = orm.model('User')
  beforeAll(() => orm.createTable())
  afterAll(() => orm.dropTable())

  it('stamps tenantAttribute on every item and hides other tenants', async () => {
    const user = await withTenant('acme', () => User.create({ name: 'Ada', email: 'a@x.test' }))
    const raw = await orm.doc.get({
      TableName: orm.tableName,
      Key: { pk: `USER#${user.id}`, sk: `USER#${user.id}` },
    })
    expect(raw.Item?.orgId).toBe('acme')
    expect(await withTenant('globex', () => User.find(user.id))).toBeNull()
  })
})

describe('config multiTenancy disabled', () => {
  it('enabled: false leaves the ORM single-tenant', () => {
    const orm = ormWith({ enabled: false, strategy: 'prefix' })
    expect(tenantContext(orm.ctx)).toBe(orm.ctx)
  })
})
