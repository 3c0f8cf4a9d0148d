import { describe, expect, it } from 'vitest'
import { type MigrationPlan, planMigration, planToJson, planToText } from '../../src/index'
import { design, Gadget, Team, Widget, WidgetByColor, WidgetByHue, WidgetWithSize } from './fixtures'
import { liveOf } from './live-fixture'

const v1 = design([Team, Widget])
const v2 = design([Team, WidgetByColor])

const kinds = (plan: MigrationPlan) => plan.steps.map((step) => step.id)
// Hashes move whenever the schema package adds a design field; the snapshot reviews the steps, not them.
const reviewJson = (plan: MigrationPlan) =>
  planToJson({ ...plan, fromHash: plan.fromHash && '<applied>', toHash: '<next>' })

describe('planMigration: one snapshot per kind of change', () => {
  it('first run: CreateTable with every index, then TTL (not part of CreateTable)', () => {
    const next = design([Team, Widget], {
      ttlAttribute: 'expiresAt',
      deletionProtection: true,
      tags: { app: 'x' },
    })
    const plan = planMigration(null, next, null)
    expect(kinds(plan)).toEqual(['create-table', 'update-ttl'])
    expect(plan.fromHash).toBeNull()
    expect(reviewJson(plan)).toMatchSnapshot()
  })

  it('new entity and new attribute: no table change, said in the notes', () => {
    const plan = planMigration(v1, design([Team, WidgetWithSize, Gadget]), liveOf(v1))
    expect(plan.steps).toEqual([])
    expect(plan.notes).toContain(
      'New entity Gadget: no table change (its items use the existing keys and indexes)',
    )
    expect(plan.notes).toContain('New attribute Widget.size: no table change')
    expect(reviewJson(plan)).toMatchSnapshot()
  })

  it('new GSI: UpdateTable for it, then a backfill of its keys on existing items', () => {
    const plan = planMigration(v1, v2, liveOf(v1))
    expect(kinds(plan)).toEqual(['create-gsi:GSI3', 'backfill:GSI3'])
    expect(plan.steps[1]!.action).toEqual({
      kind: 'backfill',
      index: 'GSI3',
      attributes: ['gsi3pk', 'gsi3sk'],
      entities: ['Widget'],
    })
    expect(plan.steps[1]!.cost.itemsToRewrite).toBe(1200)
    expect(plan.steps.every((step) => !step.destructive)).toBe(true)
    expect(reviewJson(plan)).toMatchSnapshot()
  })

  it('new entry on an existing GSI (spare index): backfill only', () => {
    const before = design([Team, Widget], { gsiCount: 3 })
    const after = design([Team, WidgetByColor], { gsiCount: 3 })
    const plan = planMigration(before, after, liveOf(before))
    expect(kinds(plan)).toEqual(['backfill:GSI3'])
    expect(reviewJson(plan)).toMatchSnapshot()
  })

  it('removed GSI: destructive delete naming what it served, then a cleanup pass', () => {
    const plan = planMigration(v2, v1, liveOf(v2))
    expect(kinds(plan)).toEqual(['delete-gsi:GSI3', 'cleanup:GSI3'])
    expect(plan.steps[0]!.destructive).toBe(true)
    expect(plan.steps[0]!.why).toContain('Widget by color')
    expect(reviewJson(plan)).toMatchSnapshot()
  })

  it('changed key template of an entry: rewrite that index attributes only', () => {
    const plan = planMigration(v2, design([Team, WidgetByHue]), liveOf(v2))
    expect(kinds(plan)).toEqual(['backfill:GSI3'])
    expect(plan.steps[0]!.why).toBe('entries on GSI3 changed')
    expect(reviewJson(plan)).toMatchSnapshot()
  })

  it('changed base key: a re-key step, destructive, run by migrate with force', () => {
    const plan = planMigration(v1, design([Team, Widget], { prefixes: { Widget: 'WDG' } }), liveOf(v1))
    const rekey = plan.steps.find((step) => step.id === 'rekey:Widget')!
    expect(rekey.destructive).toBe(true)
    expect(rekey.executable).toBe(true)
    expect(kinds(plan)).toEqual(['backfill:GSI1', 'backfill:GSI2', 'rekey:Widget'])
    expect(reviewJson(plan)).toMatchSnapshot()
  })

  it('LSI change: the copy-to-new-table path, run only when asked (copyTable)', () => {
    const after = design([Team, Widget], { localIndexes: [{ name: 'byName', sortKey: 'lsi1sk' }] })
    const plan = planMigration(v1, after, liveOf(v1))
    expect(kinds(plan)).toEqual(['lsi-change'])
    expect(plan.steps[0]!.why).toContain('only at CreateTable')
    expect(plan.steps[0]).toMatchObject({ executable: true, destructive: false })
    expect(reviewJson(plan)).toMatchSnapshot()
  })

  it('LSI change with other changes: the new table carries them (notes); a re-key blocks the copy', () => {
    const after = design([Team, WidgetByColor], {
      localIndexes: [{ name: 'byName', sortKey: 'lsi1sk' }],
      ttlAttribute: 'expiresAt',
    })
    const plan = planMigration(v1, after, liveOf(v1))
    expect(kinds(plan)).toEqual(['lsi-change'])
    expect(plan.notes.filter((note) => note.startsWith('Part of the new table'))).toEqual([
      'Part of the new table (not run on this one): Enable TTL on expiresAt',
      expect.stringContaining('Create GSI'),
      expect.stringContaining('Write '),
    ])
    const rekeyed = design([Team, Widget], {
      localIndexes: [{ name: 'byName', sortKey: 'lsi1sk' }],
      prefixes: { Widget: 'WDG' },
    })
    const blocked = planMigration(v1, rekeyed, liveOf(v1))
    expect(kinds(blocked)).toEqual(['lsi-change'])
    expect(blocked.steps[0]!.executable).toBe(false)
    expect(blocked.steps[0]!.why).toContain('rekey:Widget must run too')
  })

  it('settings: TTL, streams, deletion protection, table class, billing (24 h note), tags', () => {
    const after = design([Team, Widget], {
      ttlAttribute: 'expiresAt',
      streams: { enabled: true, viewType: 'NEW_AND_OLD_IMAGES' },
      deletionProtection: true,
      tableClass: 'STANDARD_INFREQUENT_ACCESS',
      billing: { mode: 'PROVISIONED', read: 5, write: 5, autoScaling: null },
      tags: { team: 'core' },
    })
    const plan = planMigration(v1, after, liveOf(v1, { tags: { old: 'tag' } }))
    expect(kinds(plan)).toEqual([
      'update-billing',
      'update-table-class',
      'update-streams',
      'update-ttl',
      'update-deletion-protection',
      'update-tags',
    ])
    expect(plan.steps[0]!.cost.note).toContain('24 hours')
    expect(plan.steps.at(-1)!.action).toEqual({ kind: 'update-tags', set: { team: 'core' }, remove: ['old'] })
    expect(reviewJson(plan)).toMatchSnapshot()
  })

  it('unmanaged table (no recorded design): missing GSIs are created and backfilled, existing ones trusted', () => {
    const plan = planMigration(null, v2, liveOf(v1))
    expect(kinds(plan)).toEqual(['create-gsi:GSI3', 'backfill:GSI3'])
    expect(plan.notes[0]).toContain('No design is recorded')
  })

  it('the same design twice: no steps, and the JSON is byte-identical across runs', () => {
    const plan = planMigration(v1, design([Team, Widget]), liveOf(v1))
    expect(plan.steps).toEqual([])
    expect(plan.fromHash).toBe(plan.toHash)
    expect(planToJson(planMigration(v1, v2, liveOf(v1)))).toBe(planToJson(planMigration(v1, v2, liveOf(v1))))
  })

  it('renders as text with cost, undo and the destructive flag', () => {
    const text = planToText(planMigration(v2, v1, liveOf(v2)))
    expect(text).toContain('1. [delete-gsi] Delete GSI GSI3  <DESTRUCTIVE (needs force)>')
    expect(text).toContain('undo: create-gsi GSI3 + backfill')
    expect(text).toContain('cost: 1200 items')
  })
})
