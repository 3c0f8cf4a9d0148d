import {
  type DesignOptions,
  defineModel,
  deriveDesign,
  type ModelInput,
  type TableDesign,
} from '@dbtooling/schema'

/** Version 1 of a small app: teams and their widgets (widgets by team is GSI1). */
export const Team = defineModel({
  name: 'Team',
  attributes: { name: { type: 'string', fillable: true } },
  hasMany: ['Widget'],
} as const)

export const Widget = defineModel({
  name: 'Widget',
  attributes: {
    name: { type: 'string', fillable: true },
    color: { type: 'string', fillable: true },
    teamId: { type: 'string', fillable: true },
  },
  belongsTo: ['Team'],
} as const)

/** Version 2: widgets gain an index by color (a new GSI). */
export const WidgetByColor = defineModel({
  ...Widget,
  indexes: [{ name: 'byColor', columns: ['color'] }],
} as const)

/** A new entity with a new attribute on nothing existing: no table change. */
export const Gadget = defineModel({
  name: 'Gadget',
  attributes: { label: { type: 'string', fillable: true } },
} as const)

export function design(models: readonly ModelInput[], options: DesignOptions = {}): TableDesign {
  return deriveDesign(models, { tableName: 'plan-test', ...options })
}

/** Version 2 with the index renamed: same GSI slot, new key template. */
export const WidgetByHue = defineModel({
  ...Widget,
  indexes: [{ name: 'byHue', columns: ['color'] }],
} as const)

/** Widget with an attribute more (no table change). */
export const WidgetWithSize = defineModel({
  ...Widget,
  attributes: { ...Widget.attributes, size: { type: 'number', fillable: true } },
} as const)

/** The fleet test's new relation: widgets belong to an owner too, which needs a new GSI. */
export const Owner = defineModel({
  name: 'Owner',
  attributes: { name: { type: 'string', fillable: true } },
  hasMany: ['Widget'],
} as const)

export const WidgetWithOwnerField = defineModel({
  ...Widget,
  attributes: { ...Widget.attributes, ownerId: { type: 'string', fillable: true } },
} as const)

export const WidgetOwned = defineModel({
  ...WidgetWithOwnerField,
  belongsTo: ['Team', 'Owner'],
} as const)

/** The re-key tests' model: a unique `sku` (guard items point at the gizmo's key) and a team. */
export const Gizmo = defineModel({
  name: 'Gizmo',
  attributes: {
    sku: { type: 'string', unique: true, fillable: true },
    name: { type: 'string', fillable: true },
    teamId: { type: 'string', fillable: true },
  },
  belongsTo: ['Team'],
} as const)

export const TeamOfGizmos = defineModel({ ...Team, hasMany: ['Gizmo'] } as const)

/** Widgets sorted by color within their partition: a new LSI, which only a copy to a new table can add. */
export const WidgetColorLocal = defineModel({
  ...Widget,
  indexes: [{ name: 'byColorLocal', columns: ['color'], local: true }],
} as const)

/** Gizmo whose name became unique too: existing gizmos need a guard for it. */
export const GizmoUniqueName = defineModel({
  ...Gizmo,
  attributes: { ...Gizmo.attributes, name: { type: 'string', unique: true, fillable: true } },
} as const)
