/**
 * Type tests for what validation rules and the keyed relation form add to inferred attributes, checked by
 * `tsc --noEmit -p packages/schema/tsconfig.json`. Lines marked `@ts-expect-error` must not compile.
 */
import * as v from 'valibot'
import { expectTypeOf } from 'vitest'
import { defineModel, type InferAttributes, type RuleOutput, stacksSchema as schema } from '../../src/index'

const Ticket = defineModel({
  name: 'Ticket',
  attributes: {
    // Stacks enum rule on a string attribute: the attribute is the union of its values.
    status: {
      type: 'string',
      required: true,
      validation: { rule: schema.enum(['open', 'closed']).required() },
    },
    // The rule alone (no type) gives the same.
    kind: { validation: { rule: schema.enum(['bug', 'feature']) } },
    // Numbers too.
    level: { type: 'number', validation: { rule: schema.enum([1, 2, 3]) } },
    // valibot (any Standard Schema): a picklist narrows, a plain string rule keeps string.
    channel: { type: 'string', validation: { rule: v.picklist(['web', 'mail']) } },
    email: { type: 'string', validation: { rule: v.pipe(v.string(), v.email()) } },
    // A rule with no declared values (Stacks string chain) keeps the declared type.
    title: { type: 'string', validation: { rule: schema.string().min(3) } },
    // A rule whose values do not fit the declared type cannot change it.
    mismatched: { type: 'number', validation: { rule: schema.enum(['a']) } },
    anything: { type: 'string', validation: { rule: v.any() } },
  },
} as const)

type T = InferAttributes<typeof Ticket>
expectTypeOf<T['status']>().toEqualTypeOf<'open' | 'closed'>()
expectTypeOf<T['kind']>().toEqualTypeOf<'bug' | 'feature' | undefined>()
expectTypeOf<T['level']>().toEqualTypeOf<1 | 2 | 3 | undefined>()
expectTypeOf<T['channel']>().toEqualTypeOf<'web' | 'mail' | undefined>()
expectTypeOf<T['email']>().toEqualTypeOf<string | undefined>()
expectTypeOf<T['title']>().toEqualTypeOf<string | undefined>()
expectTypeOf<T['mismatched']>().toEqualTypeOf<number | undefined>()
expectTypeOf<T['anything']>().toEqualTypeOf<string | undefined>()
expectTypeOf<RuleOutput<ReturnType<typeof schema.string>>>().toBeUnknown()
const status: T['status'] = 'open'
// @ts-expect-error not one of the enum values
const wrong: T['status'] = 'pending'

// The keyed relation form adds the same foreign keys and morph fields as the list form.
const Keyed = defineModel({
  name: 'Keyed',
  belongsTo: { owner: { model: 'User' }, team: 'Team', org: { model: 'Org', foreignKey: 'orgRef' } },
  morphTo: { commentable: {}, target: { type: 'targetKind', id: 'targetRef' } },
} as const)
const Listed = defineModel({
  name: 'Listed',
  belongsTo: [{ model: 'User', relationName: 'owner' }, 'Team', { model: 'Org', foreignKey: 'orgRef' }],
  morphTo: ['commentable', { name: 'target', type: 'targetKind', id: 'targetRef' }],
} as const)
expectTypeOf<InferAttributes<typeof Keyed>>().toEqualTypeOf<InferAttributes<typeof Listed>>()
expectTypeOf<keyof InferAttributes<typeof Keyed>>().toEqualTypeOf<
  'id' | 'userId' | 'teamId' | 'orgRef' | 'commentableType' | 'commentableId' | 'targetKind' | 'targetRef'
>()

export { status, wrong }
