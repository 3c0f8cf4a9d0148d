/**
 * Type tests for relations across registered models (`RegisteredModels`), enum rules and the keyed relation
 * form, checked by `tsc --noEmit -p packages/orm/tsconfig.json`. Lines marked `@ts-expect-error` must not
 * compile; the file is never run.
 */
import { expectTypeOf } from 'vitest'
import {
  type BelongsToMany,
  Model,
  type ModelAttributes,
  type ModelBase,
  type ResultCollection,
  upsert,
} from '../../src/index'
import { User as userDefinition } from '../relations/fixtures'
import {
  Board,
  BoardMember,
  Card,
  type CardNote,
  type cardCoverDefinition,
  type cardDefinition,
  type Label,
  ListMember,
  type Workspace,
  type workspaceDefinition,
} from './support/board-models'

/** A model whose relation targets (Post, Team, ...) are not in RegisteredModels. */
class LooseUser extends Model(userDefinition) {}

async function relatedModelsAreTheirClasses(card: Card, board: Board) {
  // belongsTo resolves to the parent's class, with its attributes and its own getters.
  expectTypeOf(await card.board()).toEqualTypeOf<Board | null>()
  expectTypeOf((await card.board())!.name).toEqualTypeOf<string>()
  expectTypeOf((await card.board())!.label).toEqualTypeOf<string>()
  expectTypeOf(await card.board().get()).toEqualTypeOf<Board | null>()
  // hasMany queries hydrate into the child class and take the child's attributes.
  const cards = await board.cards().where('priority', '>', 2).get()
  expectTypeOf(cards).toEqualTypeOf<ResultCollection<Card>>()
  expectTypeOf(await board.cards().first()).toEqualTypeOf<Card | null>()
  // @ts-expect-error Card has no attribute 'nope'
  board.cards().where('nope', 1)
  // @ts-expect-error priority is a number
  board.cards().where('priority', 'high')
  // hasOne to a model registered by its definition: the definition's instance type.
  const cover = await card.cardCover()
  expectTypeOf(cover?.url).toEqualTypeOf<string | undefined>()
  // belongsToMany: the edge API, whose get() gives the related class.
  expectTypeOf(card.labels()).toEqualTypeOf<BelongsToMany<Label>>()
  expectTypeOf(await card.labels().get()).toEqualTypeOf<ResultCollection<Label>>()
  // relation(name) and related(name) carry the same types.
  expectTypeOf(await card.relation('board').get()).toEqualTypeOf<Board | null>()
  expectTypeOf(await card.related('cardNotes')).toEqualTypeOf<CardNote[]>()
  expectTypeOf(await card.related('board')).toEqualTypeOf<Board | null>()
  // Two hops: card -> board -> workspace.
  const workspace = await (await card.board())?.workspace()
  expectTypeOf(workspace).toEqualTypeOf<Workspace | null | undefined>()
}

function loadedRelationsAreTyped(card: Card) {
  expectTypeOf(card.getRelation('board')).toEqualTypeOf<Board | null | undefined>()
  expectTypeOf(card.getRelation('cardNotes')).toEqualTypeOf<CardNote[] | undefined>()
  expectTypeOf(card.getRelation('labelsCount')).toEqualTypeOf<number | undefined>()
  // @ts-expect-error Card has no relation 'comments'
  card.getRelation('comments')
  // @ts-expect-error counts exist for relations only
  card.getRelation('titleCount')
}

async function relationNamesAreChecked() {
  const rows = await Board.query().with('cards', 'cards.cardNotes', 'workspace').get()
  expectTypeOf(rows).toEqualTypeOf<ResultCollection<Board>>()
  Board.query().with(['cards.labels', 'cards.board.workspace'])
  Board.query().with({ cards: (q) => q.limit(5), 'cards.cardCover': true })
  Board.with('cards.cardNotes.card')
  // Four segments are checked; deeper tails are left to the run-time check.
  Board.with('cards.cardNotes.card.board.workspace')
  // @ts-expect-error a misspelt fourth segment
  Board.with('cards.cardNotes.card.boards')
  Card.query().withCount('cardNotes', 'labels').has('board').whereHas('cardNotes').doesntHave('labels')
  Card.query().whereDoesntHave('cardNotes', (q) => q.limit(1))
  Card.has('labels')
  Card.whereHas('cardNotes')
  // @ts-expect-error typo in a relation name
  Board.query().with('card')
  // @ts-expect-error typo in a nested relation name
  Board.query().with('cards.notes')
  // @ts-expect-error typo inside a list
  Board.query().with(['cards', 'workspaces'])
  // @ts-expect-error typo as a constrained relation
  Board.query().with({ crads: true })
  // @ts-expect-error typo in with() on the class
  Board.with('cardz')
  // @ts-expect-error withCount counts a relation of the model itself
  Board.query().withCount('cards.cardNotes')
  // @ts-expect-error has() takes a relation name
  Card.query().has('boards')
  // @ts-expect-error whereHas() takes a relation name
  Card.query().whereHas('notes')
  // @ts-expect-error static whereHas() too
  Card.whereHas('notes')
  // @ts-expect-error doesntHave() too
  Card.query().doesntHave('label')
}

async function loadIsChecked(board: Board) {
  await board.load('cards.cardNotes', 'workspace')
  // @ts-expect-error typo in load()
  await board.load('cards.notes')
}

function enumRulesNarrow() {
  // Stacks: schema.enum([...]) on a string attribute.
  expectTypeOf<ModelAttributes<typeof workspaceDefinition>['plan']>().toEqualTypeOf<
    'free' | 'team' | 'enterprise' | undefined
  >()
  // valibot: v.picklist([...]).
  expectTypeOf<ModelAttributes<typeof cardDefinition>['status']>().toEqualTypeOf<
    'todo' | 'doing' | 'done' | undefined
  >()
  Card.where('status', 'todo')
  // @ts-expect-error not one of the enum values
  Card.where('status', 'blocked')
  // @ts-expect-error not one of the enum values
  Card.create({ title: 't', status: 'blocked' })
  Card.create({ title: 't', status: 'doing' })
  // Other rules keep the declared type.
  expectTypeOf<ModelAttributes<typeof cardCoverDefinition>['url']>().toEqualTypeOf<string | undefined>()
}

async function keyedRelationsInferLikeLists(member: BoardMember, listed: ListMember) {
  type Keyed = Omit<typeof member, 'relation' | 'related'>
  type Listed = Omit<typeof listed, 'relation' | 'related'>
  expectTypeOf(member.apiTokens).toEqualTypeOf(listed.apiTokens)
  expectTypeOf(member.boards()).toEqualTypeOf(listed.boards())
  expectTypeOf(await member.workspace()).toEqualTypeOf<Workspace | null>()
  expectTypeOf(await listed.workspace()).toEqualTypeOf<Workspace | null>()
  expectTypeOf(await member.avatar()).toEqualTypeOf(await listed.avatar())
  // The belongsTo foreign key is an attribute in both forms.
  expectTypeOf(member.workspaceId).toEqualTypeOf<string | undefined>()
  expectTypeOf(listed.workspaceId).toEqualTypeOf<string | undefined>()
  expectTypeOf<keyof Keyed>().toEqualTypeOf<keyof Listed>()
  BoardMember.query().with('boards.cards', 'apiTokens', 'workspace')
  ListMember.query().with('boards.cards', 'apiTokens', 'workspace')
  // @ts-expect-error the keyed form names the relation by its key
  BoardMember.query().with('tokens')
  // @ts-expect-error the list form names it from the model
  ListMember.query().with('tokens')
}

async function upsertTakesTheKey() {
  // useUuid: the id is generated on create, but upsert addresses an existing item by it.
  expectTypeOf(Card.upsert({ id: 'c1', priority: 3 })).toEqualTypeOf<Promise<Card>>()
  expectTypeOf(upsert(Card, { id: 'c1', status: 'done' })).toEqualTypeOf<Promise<Card>>()
  await Card.upsert({ id: 'c1' })
  // @ts-expect-error the key says which item to create or update
  await Card.upsert({ priority: 3 })
  // @ts-expect-error priority is a number
  await Card.upsert({ id: 'c1', priority: 'high' })
  // @ts-expect-error unknown attribute
  await upsert(Card, { id: 'c1', nope: 1 })
  // create() still refuses a generated id.
  // @ts-expect-error the id is generated (useUuid)
  await Card.create({ id: 'c1', title: 't' })
}

function unregisteredTargetsStayLoose(model: ModelBase, member: BoardMember, unregistered: LooseUser) {
  // Rows of relation queries whose model is not registered keep the name-based API.
  expectTypeOf(model.getRelation('anything')).toBeUnknown()
  // A loaded relation to a model that is not registered stays unknown (callers cast it to their class).
  expectTypeOf(member.getRelation('boards')).toEqualTypeOf<Board[] | undefined>()
  expectTypeOf(unregistered.getRelation('posts')).toBeUnknown()
  expectTypeOf(unregistered.getRelation('postsCount')).toEqualTypeOf<number | undefined>()
  // @ts-expect-error still a relation name
  unregistered.getRelation('nope')
}

export {
  enumRulesNarrow,
  keyedRelationsInferLikeLists,
  loadedRelationsAreTyped,
  loadIsChecked,
  relatedModelsAreTheirClasses,
  relationNamesAreChecked,
  unregisteredTargetsStayLoose,
  upsertTakesTheKey,
}
