import { defineModel } from '@dbtooling/schema'

/** Models of the coalescing and result-cache tests: ids chosen by the test, a squad index for queries. */
export const memberDefinition = defineModel({
  name: 'Member',
  attributes: {
    id: { type: 'string', fillable: true },
    name: { type: 'string', fillable: true },
    squadId: { type: 'string', fillable: true },
    score: { type: 'number', fillable: true, default: 0 },
  },
  belongsTo: ['Squad'],
} as const)

export const squadDefinition = defineModel({
  name: 'Squad',
  attributes: { id: { type: 'string', fillable: true }, title: { type: 'string', fillable: true } },
} as const)
