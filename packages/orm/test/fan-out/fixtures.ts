import { defineModel } from '@dbtooling/schema'

/** Projects with tasks (belongsTo + a low-cardinality status index), sharded events and an unlisted log. */
export const Project = defineModel({
  name: 'Project',
  hasMany: ['Task'],
  attributes: { name: { type: 'string', required: true, fillable: true } },
} as const)

export const Task = defineModel({
  name: 'Task',
  traits: { useTimestamps: true },
  belongsTo: ['Project'],
  indexes: [{ name: 'byStatus', columns: ['status', 'createdAt'] }],
  attributes: {
    title: { type: 'string', required: true, fillable: true },
    projectId: { type: 'string', required: true, fillable: true },
    status: { type: 'string', required: true, fillable: true },
    rank: { type: 'integer', fillable: true },
  },
} as const)

export const Event = defineModel({
  name: 'Event',
  traits: { useTimestamps: true },
  shards: 4,
  indexes: [{ name: 'byKind', columns: ['kind', 'at'], shards: 3 }],
  attributes: {
    kind: { type: 'string', required: true, fillable: true },
    at: { type: 'string', required: true, fillable: true },
  },
} as const)

export const Log = defineModel({
  name: 'Log',
  typeIndex: false,
  attributes: { line: { type: 'string', required: true, fillable: true } },
} as const)
