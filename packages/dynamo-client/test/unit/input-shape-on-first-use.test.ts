import { beforeEach, describe, expect, it, vi } from 'vitest'

// Counts the object shapes built, to see when each operation's input shape is built.
const built = vi.hoisted(() => ({ shapes: 0 }))
vi.mock('../../src/validation/rules', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/validation/rules')>()
  const shapeOf: typeof original.shapeOf = (rules, required) => {
    built.shapes++
    return original.shapeOf(rules, required)
  }
  return { ...original, shapeOf }
})

beforeEach(() => {
  vi.resetModules()
  built.shapes = 0
})

describe('input shapes are built per operation, on first use', () => {
  it('checking GetItem builds its shape once; Query builds only its own; the other operations build none', async () => {
    const { assertInputShape } = await import('../../src/validation/assert-input-shape')
    expect(built.shapes).toBe(0)
    const atImport = built.shapes
    assertInputShape('GetItem', { TableName: 'app', Key: { pk: { S: 'A' } } })
    expect(built.shapes).toBe(atImport + 1)
    assertInputShape('GetItem', { TableName: 'app', Key: { pk: { S: 'B' } } })
    expect(() => assertInputShape('GetItem', { TableName: 'app' })).toThrow(/"Key"/)
    expect(built.shapes).toBe(atImport + 1)
    assertInputShape('Query', { TableName: 'app', KeyConditionExpression: 'pk = :p' })
    expect(built.shapes).toBe(atImport + 2)
    // TransactWriteItems builds its own shape and the four nested item shapes (Put, Update, Delete, ConditionCheck).
    assertInputShape('TransactWriteItems', { TransactItems: [{ Put: { TableName: 'app', Item: {} } }] })
    expect(built.shapes).toBe(atImport + 7)
  })

  it('the client builds the shapes of what it sends, not of every operation at import', async () => {
    const { DynamoClient } = await import('../../src/index')
    const atImport = built.shapes
    const client = new DynamoClient({ endpoint: 'http://127.0.0.1:1', region: 'us-east-1' })
    // An input of the wrong shape is refused before anything is sent (and before credentials are looked up).
    await expect(client.putItem({ TableName: 'app' } as never)).rejects.toMatchObject({
      code: 'InvalidInputError',
    })
    expect(built.shapes).toBe(atImport + 1)
  })
})
