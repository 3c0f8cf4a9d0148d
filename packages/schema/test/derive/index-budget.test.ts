import { describe, expect, it } from 'vitest'
import { deriveDesign, IndexBudgetError, type ModelInput, SchemaError } from '../../src/index'

function budgetError(models: readonly ModelInput[], options: Parameters<typeof deriveDesign>[1]) {
  try {
    deriveDesign(models, options)
  } catch (error) {
    return error
  }
  throw new Error('expected deriveDesign to throw')
}

const Team = { name: 'Team', hasMany: ['Task'] } as const
const Project = {
  name: 'Project',
  hasMany: [{ model: 'Task', collection: true }],
  attributes: { name: { type: 'string' } },
} as const
const Task = {
  name: 'Task',
  belongsTo: ['Team', 'Project'],
  indexes: [
    { name: 'byTeamStatus', columns: ['teamId', 'status'] },
    { name: 'byDue', columns: ['dueAt'] },
    { name: 'byStatus', columns: ['status'] },
  ],
  attributes: {
    teamId: { type: 'string', required: true },
    projectId: { type: 'string', required: true },
    status: { type: 'string', required: true },
    dueAt: { type: 'datetime', required: true },
  },
} as const
const models = [Team, Project, Task]

describe('the GSI budget', () => {
  it('fits as long as the busiest entity has no more entries than the limit', () => {
    // Task: type list, id lookup (it lives in Project's collection), belongsTo Team, three declared indexes.
    expect(deriveDesign(models).globalIndexes).toHaveLength(6)
  })

  it('fails over the limit with a typed error carrying the plan, before any CreateTable', () => {
    const error = budgetError(models, { maxGlobalIndexes: 3 })
    expect(error).toBeInstanceOf(IndexBudgetError)
    expect(error).toBeInstanceOf(SchemaError)
    const budget = error as IndexBudgetError
    expect(budget).toMatchObject({ code: 'TOO_MANY_GSIS', model: 'Task', needed: 6, limit: 3 })
    expect(budget.plan.map((step) => [step.action, step.accessPath])).toEqual([
      ['fold', 'index:byTeamStatus'],
      ['local', 'index:byDue'],
      ['local', 'index:byStatus'],
    ])
    expect(budget.plan[0]?.detail).toContain('belongsTo Team already partitions Task by teamId')
    expect(budget.hint).toContain('fold Task index:byTeamStatus')
  })

  it('applying the plan makes the design fit', () => {
    const planned = {
      ...Task,
      indexes: [
        { name: 'byDue', columns: ['dueAt'], local: true },
        { name: 'byStatus', columns: ['status'], local: true },
      ],
    }
    const design = deriveDesign([Team, Project, planned], { maxGlobalIndexes: 3 })
    expect(design.globalIndexes).toHaveLength(3)
    expect(design.localIndexes).toHaveLength(2)
  })

  it('drops declared indexes (last first), then the type list, when nothing folds or moves', () => {
    const Wide = {
      name: 'Wide',
      indexes: Array.from({ length: 4 }, (_, n) => ({ name: `by${n}`, columns: [`c${n}`] })),
      attributes: Object.fromEntries(Array.from({ length: 4 }, (_, n) => [`c${n}`, { required: true }])),
    } as const
    const budget = budgetError([Wide], { maxGlobalIndexes: 2 }) as IndexBudgetError
    expect(budget.plan.map((step) => `${step.action} ${step.accessPath}`)).toEqual([
      'drop index:by3',
      'drop index:by2',
      'drop index:by1',
    ])
    const withConfigIndex = budgetError([Wide], {
      maxGlobalIndexes: 3,
      globalIndexes: [{ name: 'Legacy', partitionKey: 'legacyPk', sortKey: 'legacySk' }],
    }) as IndexBudgetError
    expect(withConfigIndex.plan).toHaveLength(3)
  })
})
