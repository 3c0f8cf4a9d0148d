import { defineModel } from '@dbtooling/schema'

/** Before: widgets belong to teams. */
export const Team = defineModel({
  name: 'Team',
  attributes: { name: { type: 'string', fillable: true } },
  hasMany: ['Widget'],
} as const)

export const Widget = defineModel({
  name: 'Widget',
  attributes: {
    name: { type: 'string', fillable: true },
    teamId: { type: 'string', fillable: true },
    ownerId: { type: 'string', fillable: true },
  },
  belongsTo: ['Team'],
} as const)

/** After: widgets belong to owners too, a relation that needs a new GSI (and a backfill). */
export const Owner = defineModel({
  name: 'Owner',
  attributes: { name: { type: 'string', fillable: true } },
  hasMany: ['Widget'],
} as const)

export const WidgetOwned = defineModel({ ...Widget, belongsTo: ['Team', 'Owner'] } as const)
