import { SchemaError } from '../errors/schema-error'
import type { NormalizedModel } from '../model/normalized'
import type { CollectionParent } from './collection-parents'
import { type DeriveContext, modelOf, prefixOf } from './context'
import { fieldsOf, prefixedTemplate, renameFields } from './template-tools'
import { knownFields } from './validate-models'

/** Templates of an entity's base item. `root` = pk and sk are the same template (the entity owns its partition). */
export interface BaseKeys {
  pk: string
  sk: string
  root: boolean
}

/** Base keys for every model: custom templates, `PREFIX#{id}`, or a place in the parent's collection. */
export function deriveBaseKeys(
  context: DeriveContext,
  parents: ReadonlyMap<string, CollectionParent>,
): Map<string, BaseKeys> {
  const keys = new Map<string, BaseKeys>()
  const resolve = (name: string): BaseKeys => {
    const known = keys.get(name)
    if (known) return known
    const model = modelOf(context, name)
    const parent = parents.get(name)
    const result = model.keys
      ? customKeys(context, model)
      : parent
        ? childKeys(context, model, parent, resolve(parent.parent))
        : rootKeys(context, model)
    keys.set(name, result)
    return result
  }
  for (const name of context.models.keys()) resolve(name)
  return keys
}

function rootKeys(context: DeriveContext, model: NormalizedModel): BaseKeys {
  const template = prefixedTemplate(
    prefixOf(context, model.name),
    model.primaryKey,
    context.options.delimiter,
  )
  return { pk: template, sk: template, root: true }
}

/**
 * A child in its parent's collection takes the parent's partition (parent id renamed to the foreign key) and
 * a sort key under the parent's: `USER#{userId}` / `POST#{id}`, or for a nested parent
 * `ORG#{organizationId}` / `PROJECT#{projectId}#TASK#{id}`.
 */
function childKeys(
  context: DeriveContext,
  model: NormalizedModel,
  parent: CollectionParent,
  parentKeys: BaseKeys,
): BaseKeys {
  const { delimiter } = context.options
  const parentModel = modelOf(context, parent.parent)
  const renames = { [parentModel.primaryKey[0] ?? 'id']: parent.foreignKey }
  const own = prefixedTemplate(prefixOf(context, model.name), model.primaryKey, delimiter)
  const pk = renameFields(parentKeys.pk, delimiter, renames)
  const sk = parentKeys.root ? own : `${renameFields(parentKeys.sk, delimiter, renames)}${delimiter}${own}`
  return { pk, sk, root: false }
}

function customKeys(context: DeriveContext, model: NormalizedModel): BaseKeys {
  const { delimiter } = context.options
  const custom = model.keys!
  const sk = custom.sk ?? custom.pk
  const fail = (key: string, message: string, hint: string) =>
    new SchemaError('BAD_KEY_TEMPLATE', message, { model: model.name, source: model.source, key, hint })
  const read = (key: string, template: string) => {
    try {
      return fieldsOf(template, delimiter)
    } catch (error) {
      const reason = error instanceof Error ? error.message.split('. Hint:')[0] : String(error)
      throw fail(
        key,
        reason ?? 'bad template',
        "write e.g. keys: { pk: 'TENANT#{tenantId}', sk: 'USER#{id}' }",
      )
    }
  }
  const used = new Set([...read('keys.pk', custom.pk), ...read('keys.sk', sk)])
  const known = knownFields(model)
  for (const field of used) {
    if (model.declaresAttributes && !known.has(field)) {
      throw fail(
        'keys',
        `key template uses '{${field}}', which is not an attribute`,
        `declare attributes.${field}`,
      )
    }
  }
  for (const field of model.primaryKey) {
    if (!used.has(field)) {
      throw fail(
        'keys',
        `key templates omit primary key field '${field}'`,
        'pk + sk must identify one item; add the field',
      )
    }
  }
  if (!custom.pk.includes('{')) {
    throw fail(
      'keys.pk',
      'a partition key template without placeholders puts every item in one partition',
      'add a field',
    )
  }
  return { pk: custom.pk, sk, root: custom.pk === sk }
}
