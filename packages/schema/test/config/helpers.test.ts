import { describe, expect, it } from 'vitest'
import { redactConfig, resolveConfig, tenantTableName } from '../../src/config/index'

describe('tenantTableName', () => {
  it('uses the shared table unless tenancy uses one table per tenant', () => {
    expect(tenantTableName(resolveConfig({ tableName: 'app', tableNamePrefix: 'prod-' }), 'acme')).toBe(
      'prod-app',
    )
    const prefix = resolveConfig({ tableName: 'app', multiTenancy: { enabled: true, strategy: 'prefix' } })
    expect(tenantTableName(prefix, 'acme')).toBe('app')
  })

  it('fills the per-tenant pattern and requires a tenant id', () => {
    const config = resolveConfig({
      tableName: 'app',
      multiTenancy: { enabled: true, strategy: 'table', tableNamePattern: '{tenant}.{table}' },
    })
    expect(tenantTableName(config, 'acme')).toBe('acme.app')
    expect(() => tenantTableName(config)).toThrow(/tenant id/)
  })
})

describe('redactConfig', () => {
  it('hides credentials and functions but keeps everything else', () => {
    const config = resolveConfig({
      credentials: { accessKeyId: 'AKIASECRETID', secretAccessKey: 'very-secret', sessionToken: 'tok' },
      queryBuilder: { hooks: { beforeCreate: () => {} } },
      tableName: 'visible',
    })
    const printed = JSON.stringify(redactConfig(config))
    expect(printed).not.toMatch(/AKIASECRETID|very-secret|tok"/)
    expect(redactConfig(config)).toMatchObject({
      tableName: 'visible',
      credentials: { accessKeyId: '[redacted]', secretAccessKey: '[redacted]', sessionToken: '[redacted]' },
      queryBuilder: { hooks: { beforeCreate: '[function]' } },
    })
    expect(redactConfig(resolveConfig({})).credentials).toBeNull()
  })
})
