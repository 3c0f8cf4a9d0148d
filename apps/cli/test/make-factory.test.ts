import { deriveDesign } from '@dbtooling/schema'
import { describe, expect, it } from 'vitest'
import { factorySource } from '../src/commands/make-factory'

describe('make:factory source', () => {
  const design = deriveDesign([
    {
      name: 'Team',
      primaryKey: 'id',
      traits: { useUuid: true, useTimestamps: true },
      attributes: { name: { type: 'string' } },
    },
    {
      name: 'Member',
      primaryKey: 'id',
      traits: { useUuid: true, useTimestamps: true },
      belongsTo: ['Team'],
      attributes: {
        email: { type: 'string', unique: true },
        role: { type: 'string', validation: { rule: { enum: ['owner', 'member'] } } },
        age: { type: 'number' },
        active: { type: 'boolean' },
        nickname: { type: 'string', unique: true },
      },
    },
  ])
  const source = factorySource(design.entities.Member!)

  it('gives each attribute a faker expression from its type, name, enum rule and uniqueness', () => {
    expect(source).toContain("model: 'Member'")
    // biome-ignore lint/suspicious/noTemplateCurlyInString: the generated source text
    expect(source).toContain('email: `user${sequence}@example.com`')
    expect(source).toContain('age: faker.number.int({ min: 0, max: 1000 })')
    expect(source).toContain('active: faker.datatype.boolean()')
    // biome-ignore lint/suspicious/noTemplateCurlyInString: the generated source text
    expect(source).toContain('nickname: `nickname-${sequence}`')
    expect(source).toContain('definition: ({ faker, sequence })')
  })

  it('never sets keys, timestamps or belongsTo keys', () => {
    expect(source).not.toMatch(/^\s+(id|createdAt|updatedAt|teamId):/m)
  })
})
