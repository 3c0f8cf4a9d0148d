/**
 * A small project-management app for the type tests, registered in `RegisteredModels` the way an
 * application does it. Model names are unique across the orm tests, because the registry is global to the
 * compilation.
 */
import { defineModel, stacksSchema as schema } from '@dbtooling/schema'
import * as v from 'valibot'
import { Model } from '../../../src/index'

export const workspaceDefinition = defineModel({
  name: 'Workspace',
  traits: { useUuid: true },
  attributes: {
    name: { type: 'string', required: true, fillable: true },
    plan: {
      type: 'string',
      fillable: true,
      validation: { rule: schema.enum(['free', 'team', 'enterprise']) },
    },
  },
  hasMany: ['Board'],
} as const)

export const boardDefinition = defineModel({
  name: 'Board',
  traits: { useUuid: true, useTimestamps: true },
  attributes: {
    name: { type: 'string', required: true, fillable: true },
    workspaceId: { type: 'string', fillable: true },
  },
  belongsTo: ['Workspace'],
  hasMany: ['Card'],
} as const)

export const cardDefinition = defineModel({
  name: 'Card',
  traits: { useUuid: true },
  attributes: {
    title: { type: 'string', required: true, fillable: true },
    boardId: { type: 'string', fillable: true },
    // A valibot picklist narrows like the Stacks enum rule.
    status: { type: 'string', fillable: true, validation: { rule: v.picklist(['todo', 'doing', 'done']) } },
    priority: { type: 'number', fillable: true },
  },
  belongsTo: ['Board'],
  hasOne: ['CardCover'],
  hasMany: [{ model: 'CardNote', collection: true }],
  belongsToMany: ['Label'],
} as const)

export const cardNoteDefinition = defineModel({
  name: 'CardNote',
  traits: { useUuid: true },
  attributes: { body: { type: 'string', fillable: true }, cardId: { type: 'string', fillable: true } },
  belongsTo: ['Card'],
} as const)

export const cardCoverDefinition = defineModel({
  name: 'CardCover',
  attributes: { url: { type: 'string', fillable: true }, cardId: { type: 'string', fillable: true } },
  belongsTo: ['Card'],
} as const)

export const labelDefinition = defineModel({
  name: 'Label',
  attributes: { color: { type: 'string', fillable: true } },
  belongsToMany: ['Card'],
} as const)

/** The keyed (Stacks) relation form: the key names the relation. */
export const memberDefinition = defineModel({
  name: 'BoardMember',
  traits: { useUuid: true },
  attributes: { email: { type: 'string', required: true, fillable: true } },
  hasMany: { apiTokens: { model: 'ApiToken' }, boards: 'Board' },
  belongsTo: { workspace: { model: 'Workspace' } },
  hasOne: { avatar: { model: 'CardCover' } },
} as const)

/** The same relations in the list form. */
export const listMemberDefinition = defineModel({
  name: 'ListMember',
  traits: { useUuid: true },
  attributes: { email: { type: 'string', required: true, fillable: true } },
  hasMany: [{ model: 'ApiToken' }, 'Board'],
  belongsTo: ['Workspace'],
  hasOne: [{ model: 'CardCover', relationName: 'avatar' }],
} as const)

export const apiTokenDefinition = defineModel({
  name: 'ApiToken',
  attributes: {
    secret: { type: 'string', fillable: true },
    boardMemberId: { type: 'string', fillable: true },
  },
} as const)

export class Workspace extends Model(workspaceDefinition) {}
export class Board extends Model(boardDefinition) {
  get label(): string {
    return `#${this.name}`
  }
}
export class Card extends Model(cardDefinition) {}
export class CardNote extends Model(cardNoteDefinition) {}
export class Label extends Model(labelDefinition) {}
export class BoardMember extends Model(memberDefinition) {}
export class ListMember extends Model(listMemberDefinition) {}

declare module '../../../src/query/relation-paths' {
  interface RegisteredModels {
    Workspace: typeof Workspace
    Board: typeof Board
    Card: typeof Card
    CardNote: typeof CardNote
    // A definition works too, for models without a class of their own.
    CardCover: typeof cardCoverDefinition
    Label: typeof Label
    ApiToken: typeof apiTokenDefinition
  }
}
