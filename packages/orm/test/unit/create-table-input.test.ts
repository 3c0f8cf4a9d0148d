import { describe, expect, it } from 'vitest'
import { createTableInput, ttlInput } from '../../src/index'
import { offlineOrm } from '../fixtures/unit-orm'

describe('createTableInput', () => {
  it('declares the table key and every GSI with string key attributes', () => {
    const { design } = offlineOrm()
    const input = createTableInput(design)
    expect(input.TableName).toBe('unit')
    expect(input.KeySchema).toEqual([
      { AttributeName: 'pk', KeyType: 'HASH' },
      { AttributeName: 'sk', KeyType: 'RANGE' },
    ])
    expect(input.GlobalSecondaryIndexes?.map((index) => index.IndexName)).toEqual(
      design.globalIndexes.map((i) => i.name),
    )
    expect(input.AttributeDefinitions.every((definition) => definition.AttributeType === 'S')).toBe(true)
    expect(input.AttributeDefinitions).toHaveLength(2 + design.globalIndexes.length * 2)
    expect(input.BillingMode).toBe('PAY_PER_REQUEST')
  })

  it('has no TTL request when no entity uses TTL', () => {
    expect(ttlInput(offlineOrm().design)).toBeNull()
  })
})
