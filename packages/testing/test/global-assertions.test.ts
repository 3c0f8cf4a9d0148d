import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { localEndpoint } from '../../../tests/support'
import {
  activateRecorder,
  activeRecorder,
  assertCapacity,
  assertInserted,
  assertNoScan,
  assertNoWholeTypeRead,
  assertQueried,
  assertRequestCount,
  cleanupTestTable,
  createTestTable,
  fake,
  RequestAssertionError,
  type Seeded,
  seedTestData,
  TestingError,
  type TestTable,
} from '../src/index'
import { useRequestRecorder } from '../src/setup/vitest'
import { Member, Team } from './models'

type Models = readonly [typeof Team, typeof Member]

function caught(run: () => void): TestingError {
  try {
    run()
  } catch (error) {
    if (error instanceof TestingError) return error
    throw error
  }
  throw new Error('the assertion passed')
}

describe('global assertions without an active recorder', () => {
  it('each throws NO_ACTIVE_RECORDER naming itself and the fix', () => {
    const calls: [string, () => void][] = [
      ['assertQueried()', () => assertQueried(Member)],
      ['assertInserted()', () => assertInserted(Member)],
      ['assertRequestCount()', () => assertRequestCount(0)],
      ['assertNoScan()', () => assertNoScan()],
      ['assertNoWholeTypeRead()', () => assertNoWholeTypeRead()],
      ['assertCapacity()', () => assertCapacity({ max: 1 })],
      ['activeRecorder()', () => activeRecorder()],
    ]
    for (const [name, call] of calls) {
      const error = caught(call)
      expect(error).not.toBeInstanceOf(RequestAssertionError)
      expect(error.code).toBe('NO_ACTIVE_RECORDER')
      expect(error.message).toContain(`${name} needs an active request recorder, but none is active.`)
      expect(error.hint).toContain('useRequestRecorder(table)')
      expect(error.hint).toContain('activateRecorder(table)')
    }
  })
})

let table: TestTable<Models>
let seeded: Seeded<Models, { readonly Team: 2; readonly Member: 4 }>

beforeAll(async () => {
  table = await createTestTable({
    models: [Team, Member] as const,
    endpoint: localEndpoint(),
    prefix: 'global',
  })
  seeded = await seedTestData(table.orm, { Team: 2, Member: 4 }, { seed: 3 })
})
afterAll(async () => {
  await cleanupTestTable(table)
})

describe('useRequestRecorder(table): the global functions read the table recorder, per test', () => {
  useRequestRecorder(() => table)

  it('activates the cleared table recorder, so the seeding in beforeAll is not counted', () => {
    expect(activeRecorder()).toBe(table.recorder)
    assertRequestCount(0)
  })

  it('passes for what was sent and fails like the method, listing the requests actually sent', async () => {
    const teamId = String(seeded.Team[0]?.getAttribute('id'))
    await Member.where('teamId', teamId).get()
    const index = Member.where('teamId', teamId).explain().index ?? 'table'
    assertQueried(Member, { index, costClass: 'Query (bounded partition)' })
    assertRequestCount(1)
    assertRequestCount(1, 'Query')
    assertNoScan()
    assertNoWholeTypeRead()
    const read = table.recorder.capacity('read')
    assertCapacity({ max: read, kind: 'read' })

    const failure = caught(() => assertQueried(Team))
    expect(failure).toBeInstanceOf(RequestAssertionError)
    expect(failure.code).toBe('NOT_QUERIED')
    expect(failure.message).toContain('Expected a Query of Team, but none was sent.')
    expect(failure.message).toContain(`Sent (1 request):\n  1. Query on ${index} `)
    expect(failure.message).toContain(`"TEAM#${teamId}"`)
    expect(failure.message).toBe(caught(() => table.recorder.assertQueried(Team)).message)

    expect(caught(() => assertRequestCount(2)).message).toMatch(
      /Expected 2 requests, but 1 was sent\.\nSent \(1 request\):\n {2}1\. Query on /,
    )
    expect(caught(() => assertCapacity({ max: read / 4, kind: 'read' })).code).toBe('CAPACITY_EXCEEDED')
  })

  it('assertInserted and the broad-read assertions fail with the items and Scan that were sent', async () => {
    const made = await fake(Member, { role: 'viewer', teamId: String(seeded.Team[1]?.getAttribute('id')) })
    await made.save()
    assertInserted(Member, { email: made.getAttribute('email'), role: 'viewer' })
    expect(caught(() => assertInserted(Member, { role: 'owner' })).message).toMatch(
      /Expected a Member item to be put with \{"role":"owner"\}\. Member items written: .*"role":"viewer"[\s\S]*1\. TransactWriteItems put Member/,
    )
    await Member.query().forceScan().get()
    const scan = caught(() => assertNoScan())
    expect(scan.code).toBe('SCAN_SENT')
    expect(scan.message).toMatch(/Expected no Scan, but 1 was sent\.[\s\S]*2\. Scan on the table/)
    expect(caught(() => assertNoWholeTypeRead(Member)).code).toBe('WHOLE_TYPE_READ')
  })
})

describe('activateRecorder(orm): a recorder of its own for the test, stopped on release', () => {
  it('records the ORM client, and after release records nothing and leaves no recorder active', async () => {
    const release = activateRecorder(table.orm)
    const recorder = activeRecorder()
    expect(recorder).not.toBe(table.recorder)
    await Team.find(String(seeded.Team[0]?.getAttribute('id')))
    assertRequestCount(1, 'GetItem')
    release()
    expect(caught(() => assertRequestCount(1)).code).toBe('NO_ACTIVE_RECORDER')
    await Team.find(String(seeded.Team[1]?.getAttribute('id')))
    expect(recorder.requests).toHaveLength(1)
  })

  it('a recorder made active directly is cleared on activation and deactivated by its release only', async () => {
    await Team.find(String(seeded.Team[0]?.getAttribute('id')))
    const releaseTable = activateRecorder(table.recorder)
    assertRequestCount(0)
    const releaseOther = activateRecorder(table.orm)
    releaseTable() // no longer the active one: leaves the newer recorder in place
    expect(activeRecorder()).not.toBe(table.recorder)
    releaseOther()
    expect(caught(() => activeRecorder()).code).toBe('NO_ACTIVE_RECORDER')
  })
})
