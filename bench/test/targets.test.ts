import { describe, expect, it } from 'vitest'
import { dbtoolingOrm } from '../src/contestants/orm/dbtooling-orm'
import { pairedRatio } from '../src/report/targets'
import { ORM_SCENARIOS } from '../src/scenarios/orm-scenarios'
import { ormRequestParity } from '../src/suites/orm-request-parity'

describe('target ratios', () => {
  it('pairs round i of the subject with round i of the reference', () => {
    // A slow spell triples both contestants' cost for their last three rounds.
    const reference = [100, 100, 100, 300, 300, 300]
    const subject = [110, 110, 330, 330, 330, 330]
    expect(pairedRatio(subject, reference)).toBeCloseTo(1.1, 5)
    expect(pairedRatio([1, 2, 3, 4, 5], [1, 1, 1, 1, 1])).toBe(3)
  })

  it('gives no paired figure when the rounds do not pair up', () => {
    expect(pairedRatio([1, 2, 3, 4, 5], [1, 2, 3, 4])).toBeNull()
    expect(pairedRatio([1, 2], [1, 2])).toBeNull()
  })
})

describe('ORM request parity', () => {
  it('the plain-client contestant sends exactly the requests @dbtooling/orm sends', async () => {
    expect(await dbtoolingOrm.unavailable()).toBeUndefined()
    expect(await ormRequestParity(ORM_SCENARIOS.map((scenario) => scenario.name))).toEqual([])
  })
})
