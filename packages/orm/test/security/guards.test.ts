import { describe, expect, it } from 'vitest'
import { SecurityError } from '../../src/index'
import { checkPartiql } from '../../src/security/partiql-guard'

const encrypted = new Set(['ssn', 'diagnosis'])
const check =
  (Statement: string, Parameters: unknown[] = []) =>
  () =>
    checkPartiql('ExecuteStatement', [{ Statement, Parameters }], encrypted)
const refusedWith = (code: string) => expect.objectContaining({ code, hint: expect.any(String) })

describe('PartiQL statements and encrypted attributes (pure check, before anything is sent)', () => {
  it('refuses INSERT and UPDATE naming an encrypted attribute, quoted or not, in any case', () => {
    expect(check(`INSERT INTO "t" VALUE {'pk': ?, 'ssn': ?}`)).toThrowError(
      refusedWith('ENCRYPTED_PARTIQL_WRITE'),
    )
    expect(check(`update "t" set "diagnosis" = ? where pk = ?`)).toThrowError(SecurityError)
    expect(check(`INSERT INTO "t" VALUE ?`, [{ M: { pk: { S: 'a' }, ssn: { S: 'x' } } }])).toThrowError(
      SecurityError,
    )
  })

  it('refuses a SELECT or DELETE whose WHERE compares an encrypted attribute', () => {
    expect(check(`SELECT * FROM "t" WHERE ssn = ?`, [{ S: 'x' }])).toThrowError(/compares ssn/)
    expect(check(`DELETE FROM "t" WHERE pk = ? AND diagnosis = ?`)).toThrowError(SecurityError)
  })

  it('lets through projections, other attributes, and a table named like an attribute', () => {
    expect(check(`SELECT ssn, diagnosis FROM "t" WHERE pk = ?`)).not.toThrow()
    expect(check(`UPDATE "t" SET phone = ? WHERE pk = ? AND sk = ?`)).not.toThrow()
    expect(check(`INSERT INTO "ssn-table" VALUE {'pk': ?, 'ssnote': ?}`)).not.toThrow()
    expect(check(`DELETE FROM "diagnosis" WHERE pk = ?`)).not.toThrow()
  })
})
