import { describe, expect, it } from 'vitest'
import { defineModel, deriveDesign, SchemaError } from '../../src/index'

const person = (attributes: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
  defineModel({ name: 'Person', attributes, ...extra } as never)

function schemaError(run: () => unknown): SchemaError {
  try {
    run()
  } catch (error) {
    if (error instanceof SchemaError) return error
    throw error
  }
  throw new Error('expected a SchemaError')
}

describe('encrypted, searchable and masked attributes', () => {
  it('records the flags on the attribute design, and only when set', () => {
    const design = deriveDesign([
      person({
        ssn: { type: 'string', encrypted: true, searchable: true },
        notes: { type: 'json', encrypted: true },
        phone: { type: 'string', masked: true },
        name: { type: 'string' },
      }),
    ])
    const attributes = design.entities.Person!.attributes
    expect(attributes.ssn).toMatchObject({ encrypted: true, searchable: true })
    expect(attributes.notes?.encrypted).toBe(true)
    expect(attributes.notes?.searchable).toBeUndefined()
    expect(attributes.phone?.masked).toBe(true)
    expect(Object.keys(attributes.name!)).not.toContain('encrypted')
    expect(Object.keys(attributes.name!)).not.toContain('masked')
  })

  it('derives a blind index entry for a searchable encrypted attribute and none for a plain encrypted one', () => {
    const design = deriveDesign([
      person({ ssn: { encrypted: true, searchable: true }, notes: { encrypted: true } }),
    ])
    const blind = design.entities.Person!.indexKeys.filter((keys) => keys.blindIndex !== undefined)
    expect(blind).toHaveLength(1)
    expect(blind[0]).toMatchObject({
      accessPath: 'blind:ssn',
      blindIndex: 'ssn',
      sparse: true,
      reason: 'blind index ssn',
      partitionKey: { template: 'PERSON#BLIND#ssn#{ssn}', fields: ['ssn'] },
    })
  })

  it('is deterministic and leaves designs without flags unchanged', () => {
    const plain = person({ name: { type: 'string' } })
    expect(JSON.stringify(deriveDesign([plain]))).not.toContain('blindIndex')
    const flagged = person({ ssn: { encrypted: true, searchable: true } })
    expect(JSON.stringify(deriveDesign([flagged]))).toBe(JSON.stringify(deriveDesign([flagged])))
  })

  it('rejects an encrypted primary key attribute', () => {
    const error = schemaError(() =>
      deriveDesign([person({ code: { encrypted: true } }, { primaryKey: 'code' })]),
    )
    expect(error.code).toBe('ENCRYPTED_KEY_ATTRIBUTE')
    expect(error.message).toContain("'code'")
    expect(error.hint).toContain('searchable')
  })

  it('rejects an encrypted attribute in a declared index (sort or partition)', () => {
    const sorted = schemaError(() =>
      deriveDesign([
        person(
          { status: { type: 'string' }, dob: { encrypted: true } },
          { indexes: [{ name: 'byStatus', columns: ['status', 'dob'] }] },
        ),
      ]),
    )
    expect(sorted.code).toBe('ENCRYPTED_KEY_ATTRIBUTE')
    expect(sorted.message).toContain('index byStatus')
    const partition = schemaError(() =>
      deriveDesign([
        person({ dob: { encrypted: true } }, { indexes: [{ name: 'byDob', columns: ['dob'] }] }),
      ]),
    )
    expect(partition.code).toBe('ENCRYPTED_KEY_ATTRIBUTE')
  })

  it('rejects an encrypted foreign key and an encrypted custom key field', () => {
    const team = defineModel({ name: 'Team' } as const)
    const fk = schemaError(() =>
      deriveDesign([person({ teamId: { encrypted: true } }, { belongsTo: ['Team'] }), team]),
    )
    expect(fk.code).toBe('ENCRYPTED_KEY_ATTRIBUTE')
    expect(fk.message).toContain('belongsTo Team')
    const custom = schemaError(() =>
      deriveDesign([
        person({ region: { encrypted: true } }, { keys: { pk: 'REGION#{region}', sk: 'PERSON#{id}' } }),
      ]),
    )
    expect(custom.code).toBe('ENCRYPTED_KEY_ATTRIBUTE')
  })

  it('rejects encrypted + unique and searchable without encrypted, with hints', () => {
    const unique = schemaError(() => deriveDesign([person({ email: { encrypted: true, unique: true } })]))
    expect(unique.code).toBe('ENCRYPTED_UNIQUE')
    expect(unique.key).toBe('attributes.email')
    const searchable = schemaError(() => deriveDesign([person({ ssn: { searchable: true } })]))
    expect(searchable.code).toBe('SEARCHABLE_NOT_ENCRYPTED')
    expect(searchable.hint).toContain('encrypted: true')
  })
})
