import {
  ConditionalCheckFailedError,
  type DeleteItemInput,
  type PutItemInput,
  TransactionCanceledError,
} from '@dbtooling/dynamo-client'
import { describe, expect, it } from 'vitest'
import type { AttributeScope } from '../../src/tenancy/attribute/attribute-scope'
import { hideForeignItems } from '../../src/tenancy/attribute/hide-foreign'
import { ownedBatchGet, scopeBatchGet } from '../../src/tenancy/attribute/scope-batch-reads'
import { ownedPage, scopeGet, scopeQuery } from '../../src/tenancy/attribute/scope-reads'
import {
  scopeDelete,
  scopePut,
  scopeTransactItem,
  scopeUpdate,
} from '../../src/tenancy/attribute/scope-writes'
import { tenantAssignment, withAssignment } from '../../src/tenancy/attribute/update-expression'

const scope: AttributeScope = {
  tenant: 'acme',
  attribute: 'tenantId',
  table: 'app',
  partitionKey: 'pk',
  sortKey: 'sk',
  index: 'byTenant',
}
const key = { pk: { S: 'USER#1' }, sk: { S: 'USER#1' } }
const acme = { S: 'acme' }
const globex = { S: 'globex' }

describe('update expressions and the tenant attribute', () => {
  const target = { attribute: 'tenantId', tenant: 'acme' }
  it('finds no assignment when the attribute is not written', () => {
    expect(
      tenantAssignment(
        'SET #a = :a, #b = list_append(#b, :c) REMOVE #d',
        { '#a': 'name', '#b': 'tags', '#d': 'x' },
        {},
        target,
      ),
    ).toEqual({ kind: 'untouched' })
    // `#set` and `:remove` are placeholders, not clause keywords.
    expect(tenantAssignment('SET #set = :remove', { '#set': 'set' }, {}, target)).toEqual({
      kind: 'untouched',
    })
  })

  it('accepts setting the current tenant, refuses any other change', () => {
    const names = { '#t': 'tenantId' }
    expect(tenantAssignment('SET #t = :v', names, { ':v': acme }, target)).toEqual({ kind: 'same' })
    expect(tenantAssignment('SET tenantId = :v', {}, { ':v': acme }, target)).toEqual({ kind: 'same' })
    for (const expression of [
      'SET #t = :v',
      'SET #t = if_not_exists(#t, :v)',
      'REMOVE #t',
      'SET #a = :a REMOVE #t',
      'ADD #t :v',
      'SET #t.sub = :w',
    ]) {
      expect(
        tenantAssignment(expression, { ...names, '#a': 'a' }, { ':v': globex, ':w': acme }, target).kind,
      ).toBe('changed')
    }
  })

  it('adds the assignment to the SET clause, or a SET clause', () => {
    expect(withAssignment(undefined, '#t = :t')).toBe('SET #t = :t')
    expect(withAssignment('SET #a = :a REMOVE #b', '#t = :t')).toBe('SET #t = :t, #a = :a REMOVE #b')
    expect(withAssignment('REMOVE #b ADD #c :c', '#t = :t')).toBe('SET #t = :t REMOVE #b ADD #c :c')
    expect(withAssignment('REMOVE #b set #a = :a', '#t = :t')).toBe('REMOVE #b set #t = :t, #a = :a')
  })
})

describe('scoped writes', () => {
  it('a put stamps the tenant and may only replace an item of the tenant, with the caller condition kept', () => {
    const put = scopePut<PutItemInput>(scope, {
      TableName: 'app',
      Item: { ...key, name: { S: 'Ada' } },
      ConditionExpression: 'attribute_not_exists(#pk) OR #v = :v',
      ExpressionAttributeNames: { '#pk': 'pk', '#v': 'version' },
      ExpressionAttributeValues: { ':v': { N: '1' } },
    })
    expect(put.Item.tenantId).toEqual(acme)
    expect(put.ConditionExpression).toBe(
      '(attribute_not_exists(#pk) OR #tenantAttr = :tenantValue) AND (attribute_not_exists(#pk) OR #v = :v)',
    )
    expect(put.ExpressionAttributeNames).toEqual({ '#pk': 'pk', '#v': 'version', '#tenantAttr': 'tenantId' })
    expect(put.ExpressionAttributeValues).toEqual({ ':v': { N: '1' }, ':tenantValue': acme })
  })

  it('a put naming another tenant is refused', () => {
    expect(() => scopePut(scope, { TableName: 'app', Item: { ...key, tenantId: globex } })).toThrowError(
      expect.objectContaining({ code: 'TENANT_MISMATCH' }),
    )
  })

  it('an update sets the tenant and requires an own or absent item; placeholders never collide', () => {
    const update = scopeUpdate(scope, {
      TableName: 'app',
      Key: key,
      UpdateExpression: 'SET #tenantAttr = :tenantValue',
      ConditionExpression: 'attribute_exists(#tenantAttr)',
      ExpressionAttributeNames: { '#tenantAttr': 'name' },
      ExpressionAttributeValues: { ':tenantValue': { S: 'Ada' } },
    })
    expect(update.UpdateExpression).toBe('SET #tenantAttr2 = :tenantValue2, #tenantAttr = :tenantValue')
    expect(update.ConditionExpression).toBe(
      '(attribute_not_exists(#tenantPk) OR #tenantAttr2 = :tenantValue2) AND (attribute_exists(#tenantAttr))',
    )
    expect(update.ExpressionAttributeNames).toEqual({
      '#tenantAttr': 'name',
      '#tenantAttr2': 'tenantId',
      '#tenantPk': 'pk',
    })
  })

  it('an update changing the tenant is refused', () => {
    expect(() =>
      scopeUpdate(scope, {
        TableName: 'app',
        Key: key,
        UpdateExpression: 'SET #t = :t',
        ExpressionAttributeNames: { '#t': 'tenantId' },
        ExpressionAttributeValues: { ':t': globex },
      }),
    ).toThrowError(expect.objectContaining({ code: 'TENANT_MISMATCH' }))
  })

  it('deletes and condition checks get the ownership condition; other tables and legacy parameters are refused', () => {
    expect(scopeDelete<DeleteItemInput>(scope, { TableName: 'app', Key: key }).ConditionExpression).toBe(
      'attribute_not_exists(#tenantPk) OR #tenantAttr = :tenantValue',
    )
    const check = scopeTransactItem(scope, {
      ConditionCheck: { TableName: 'app', Key: key, ConditionExpression: 'attribute_exists(pk)' },
    })
    expect('ConditionCheck' in check && check.ConditionCheck.ConditionExpression).toBe(
      '(attribute_not_exists(#tenantPk) OR #tenantAttr = :tenantValue) AND (attribute_exists(pk))',
    )
    expect(() => scopeDelete(scope, { TableName: 'other', Key: key })).toThrowError(
      expect.objectContaining({ code: 'UNSUPPORTED_REQUEST' }),
    )
    expect(() => scopeDelete(scope, { TableName: 'app', Key: key, Expected: {} })).toThrowError(
      expect.objectContaining({ code: 'UNSUPPORTED_REQUEST' }),
    )
  })
})

describe('scoped reads', () => {
  it('a query filters on the tenant (count queries too); the page is checked again', () => {
    const scoped = scopeQuery(scope, 'Query', {
      TableName: 'app',
      IndexName: 'GSI1',
      Select: 'COUNT',
      KeyConditionExpression: '#k = :k',
      FilterExpression: '#a = :a OR #b = :b',
      ExpressionAttributeNames: { '#k': 'gsi1pk', '#a': 'a', '#b': 'b' },
      ExpressionAttributeValues: { ':k': { S: 'USER' }, ':a': { S: '1' }, ':b': { S: '2' } },
    })
    if (scoped.empty) throw new Error('expected a request')
    expect(scoped.input.FilterExpression).toBe('(#tenantAttr = :tenantValue) AND (#a = :a OR #b = :b)')
    expect(scoped.input.Select).toBe('COUNT')
    const page = ownedPage(
      scope,
      {
        Items: [
          { ...key, tenantId: acme },
          { ...key, tenantId: globex },
        ],
        Count: 2,
      },
      false,
    )
    expect(page.Items).toHaveLength(1)
    expect(page.Count).toBe(1)
  })

  it('a query of the tenant index needs its key to name the tenant, else answers empty', () => {
    const query = (tenant: { S: string }) =>
      scopeQuery(scope, 'Query', {
        TableName: 'app',
        IndexName: 'byTenant',
        KeyConditionExpression: '#t = :t',
        ExpressionAttributeNames: { '#t': 'tenantId' },
        ExpressionAttributeValues: { ':t': tenant },
      })
    const own = query(acme)
    expect(!own.empty && own.input.FilterExpression).toBeUndefined()
    expect(query(globex).empty).toBe(true)
  })

  it('projections get the tenant attribute, which is removed again from what comes back', () => {
    const scoped = scopeGet(scope, {
      TableName: 'app',
      Key: key,
      ProjectionExpression: '#n',
      ExpressionAttributeNames: { '#n': 'name' },
    })
    expect(scoped.input.ProjectionExpression).toBe('#n, #tenantAttr')
    expect(scopeGet(scope, { TableName: 'app', Key: key }).input.ProjectionExpression).toBeUndefined()
    const batch = scopeBatchGet(scope, {
      RequestItems: { app: { Keys: [key], ProjectionExpression: 'pk, sk' } },
    })
    expect(batch.input.RequestItems.app?.ProjectionExpression).toBe('pk, sk, #tenantAttr')
    const output = ownedBatchGet(
      scope,
      { RequestItems: { app: { Keys: [key], ProjectionExpression: 'pk, sk' } } },
      {
        Responses: { app: [{ ...key, tenantId: acme }, { ...key, tenantId: globex }, key] },
        UnprocessedKeys: { app: { Keys: [key], ProjectionExpression: 'pk, sk, #tenantAttr' } },
      },
      true,
    )
    expect(output.Responses?.app).toEqual([key])
    expect(output.UnprocessedKeys?.app?.ProjectionExpression).toBe('pk, sk')
  })
})

describe('failed writes do not show another tenant its items', () => {
  it('strips foreign items from condition failures and cancellations, keeps own ones', () => {
    const foreign = new ConditionalCheckFailedError({ message: 'failed', item: { ...key, tenantId: globex } })
    const hidden = hideForeignItems(scope, foreign) as ConditionalCheckFailedError
    expect(hidden).toBeInstanceOf(ConditionalCheckFailedError)
    expect(hidden.item).toBeUndefined()
    expect(hidden.cause).toBeUndefined()
    const own = new ConditionalCheckFailedError({ message: 'failed', item: { ...key, tenantId: acme } })
    expect(hideForeignItems(scope, own)).toBe(own)
    const cancelled = new TransactionCanceledError({
      message: 'cancelled',
      reasons: [{ Code: 'None' }, { Code: 'ConditionalCheckFailed', Item: { ...key, tenantId: globex } }],
    })
    const scrubbed = hideForeignItems(scope, cancelled) as TransactionCanceledError
    expect(scrubbed.reasons.map((reason) => [reason.code, reason.item])).toEqual([
      ['None', undefined],
      ['ConditionalCheckFailed', undefined],
    ])
  })
})
