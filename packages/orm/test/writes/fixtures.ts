import { defineModel } from '@dbtooling/schema'

export const projectDefinition = defineModel({
  name: 'Project',
  traits: { useUuid: true },
  attributes: { name: { type: 'string', fillable: true } },
  hasMany: ['Task'],
} as const)

export const taskDefinition = defineModel({
  name: 'Task',
  traits: { useUuid: true, useVersioning: true },
  attributes: {
    title: { type: 'string', fillable: true },
    status: { type: 'string', fillable: true },
    projectId: { type: 'string', fillable: true },
  },
  belongsTo: ['Project'],
  hasMany: [{ model: 'Comment', collection: true }],
  belongsToMany: ['Tag'],
} as const)

export const commentDefinition = defineModel({
  name: 'Comment',
  traits: { useUuid: true, useVersioning: true },
  attributes: {
    body: { type: 'string', fillable: true },
    ref: { type: 'string', fillable: true, unique: true },
    kind: { type: 'string', fillable: true },
    secret: { type: 'string', fillable: true, hidden: true },
    taskId: { type: 'string', fillable: true },
  },
  indexes: [{ name: 'byKind', columns: ['kind'] }],
  belongsTo: ['Task'],
} as const)

export const tagDefinition = defineModel({
  name: 'Tag',
  attributes: { label: { type: 'string', fillable: true } },
  belongsToMany: ['Task'],
} as const)

export const writeModels = [projectDefinition, taskDefinition, commentDefinition, tagDefinition] as const
