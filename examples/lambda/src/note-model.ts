import { defineModel } from '@dbtooling/schema'

export const noteDefinition = defineModel({
  name: 'Note',
  traits: { useUuid: true, useTimestamps: true },
  attributes: {
    userId: { type: 'string', fillable: true, required: true },
    title: { type: 'string', fillable: true, required: true },
  },
  indexes: [{ name: 'byUser', columns: ['userId', 'createdAt'] }],
} as const)

export const lambdaModels = [noteDefinition] as const
