import { SchemaError } from '../errors/schema-error'
import { camelColumn, matchColumn } from './columns'
import type { Where } from './guards'
import { declaredFields, modelFields } from './model-fields'
import { type ModelNote, sortNotes } from './model-notes'
import type { NormalizedModel, NormalizedRelation } from './normalized'

/**
 * Rewrites column names written in snake_case (`event_id`) to the attributes they name (`eventId`) inside
 * one model: belongsTo foreign keys and morph fields first (they become fields themselves), then index
 * columns, hasMany/hasOne local keys and `useSearch` lists (which may also name relations). A name matching two
 * fields is an `AMBIGUOUS_COLUMN` error. A name matching none is kept as written (camelCased when the model
 * declares no attributes): derivation rejects such index columns (`BAD_INDEX`), and a `useSearch` name is
 * only noted, since search is not applied.
 */
export function resolveModelColumns(
  where: Where & { model: string },
  model: NormalizedModel,
): NormalizedModel {
  const declared = declaredFields(model)
  const checkable = model.declaresAttributes
  const ownField = (name: string, key: string) => resolveOrCamel(where, name, declared, key)
  const relations = model.relations.map((relation) => ownRelationFields(relation, ownField))
  const withRelations = { ...model, relations }
  const fields = modelFields(withRelations)
  const column = (name: string, key: string): string => {
    const match = matchColumn(name, fields)
    if (match.kind === 'one') return match.field
    if (match.kind === 'many') throw ambiguous(where, key, name, match.fields)
    return checkable ? name : camelColumn(name)
  }
  const unknown: ModelNote[] = []
  const searchColumn = (name: string, key: string): string => {
    const resolved = column(name, key)
    if (checkable && !fields.has(resolved))
      unknown.push({
        key: `${key.replace(/\[\d+\]$/, '')} '${name}'`,
        message: 'names no attribute or relation; useSearch is not applied, so this is only reported',
      })
    return resolved
  }
  const search = searchColumns(model.traits.search, relations, searchColumn)
  return {
    ...withRelations,
    relations: relations.map((relation) =>
      relation.localKey !== null && (relation.kind === 'hasMany' || relation.kind === 'hasOne')
        ? { ...relation, localKey: column(relation.localKey, `${relation.path}.localKey`) }
        : relation,
    ),
    indexes: model.indexes.map((index) => ({
      ...index,
      columns: index.columns.map((name, i) => column(name, `${index.path}.columns[${i}]`)),
    })),
    traits: { ...model.traits, search },
    notes: unknown.length === 0 ? model.notes : sortNotes([...model.notes, ...unknown]),
  }
}

function ownRelationFields(
  relation: NormalizedRelation,
  field: (name: string, key: string) => string,
): NormalizedRelation {
  if (relation.kind === 'belongsTo')
    return { ...relation, foreignKey: field(relation.foreignKey, `${relation.path}.foreignKey`) }
  if (relation.kind !== 'morphTo' || !relation.morph) return relation
  const typeAttribute = field(relation.morph.typeAttribute, `${relation.path}.type`)
  const idAttribute = field(relation.morph.idAttribute, `${relation.path}.id`)
  return { ...relation, foreignKey: idAttribute, morph: { typeAttribute, idAttribute } }
}

/** Search lists name attributes or, for related data (`author`), relations; relation names stay as written. */
function searchColumns(
  search: NormalizedModel['traits']['search'],
  relations: readonly NormalizedRelation[],
  column: (name: string, key: string) => string,
): NormalizedModel['traits']['search'] {
  if (!search) return null
  const related = new Set(relations.map((relation) => relation.name))
  const resolve = (list: keyof typeof search) =>
    search[list].map((name, i) => (related.has(name) ? name : column(name, `traits.useSearch.${list}[${i}]`)))
  return {
    displayable: resolve('displayable'),
    filterable: resolve('filterable'),
    searchable: resolve('searchable'),
    sortable: resolve('sortable'),
  }
}

/**
 * A field name that may be undeclared (foreign keys, morph fields, attributes of another model): the
 * declared field it names, else its camelCase form, since Stacks attributes are camelCase.
 */
export function resolveOrCamel(where: Where, name: string, fields: Iterable<string>, key: string): string {
  const match = matchColumn(name, fields)
  if (match.kind === 'one') return match.field
  if (match.kind === 'many') throw ambiguous(where, key, name, match.fields)
  return camelColumn(name)
}

function ambiguous(where: Where, key: string, name: string, fields: readonly string[]): SchemaError {
  return new SchemaError(
    'AMBIGUOUS_COLUMN',
    `column '${name}' matches ${fields.map((f) => `'${f}'`).join(' and ')}`,
    {
      model: where.model,
      source: where.source,
      key,
      hint: `snake_case and camelCase spellings name the same attribute; keep one of ${fields.join(', ')}`,
    },
  )
}
