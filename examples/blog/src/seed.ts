import type { Orm } from '@dbtooling/orm'
import type { LoadedModel } from '@dbtooling/schema'

/** Deterministic seed data, so the demo prints the same story every run. */
const teams = [
  { name: 'Analytical Engines', plan: 'pro' },
  { name: 'Compilers Guild', plan: 'enterprise' },
]
const users = [
  { name: 'Ada Lovelace', email: 'ada@example.com', team: 0 },
  { name: 'Charles Babbage', email: 'charles@example.com', team: 0 },
  { name: 'Grace Hopper', email: 'grace@example.com', team: 1 },
]
const titles = [
  'Notes on the Analytical Engine',
  'Bernoulli numbers by machine',
  'On poetical science',
  'The difference engine revisited',
  'Mechanical notation',
  'Why compilers matter',
  'Debugging a moth',
  'Nanoseconds explained',
  'COBOL for everyone',
  'Flow-matic in practice',
  'A career in computing',
  'Programming the Mark I',
]

export interface Seeded {
  teams: number
  users: number
  posts: number
  comments: number
  firstUserId: string
  userIds: string[]
}

export async function seedBlog(orm: Orm<LoadedModel[]>): Promise<Seeded> {
  const Team = orm.model('Team')
  const User = orm.model('User')
  const Post = orm.model('Post')
  const Comment = orm.model('Comment')

  const teamIds: string[] = []
  for (const team of teams) teamIds.push(String((await Team.create(team)).getAttribute('id')))

  const userIds: string[] = []
  for (const user of users) {
    const created = await User.create({
      name: user.name,
      email: user.email,
      password: 'correct horse battery staple',
      teamId: teamIds[user.team],
    })
    userIds.push(String(created.getAttribute('id')))
  }

  let comments = 0
  for (const [index, title] of titles.entries()) {
    const author = userIds[index % userIds.length]
    const post = await Post.create({
      title,
      body: `${title}: a post long enough to pass validation.`,
      status: index % 3 === 2 ? 'draft' : 'published',
      views: index * 10,
      publishedAt: 1_700_000_000_000 + index * 86_400_000,
      userId: author,
    })
    if (index % 2 === 0) {
      await Comment.create({ body: 'Great read!', postId: post.getAttribute('id'), userId: userIds[0] })
      comments += 1
    }
  }
  return {
    teams: teamIds.length,
    users: userIds.length,
    posts: titles.length,
    comments,
    firstUserId: userIds[0] ?? '',
    userIds,
  }
}
