import { defineConfig } from 'vitepress'
import { shownCode } from './sample-markers'

/**
 * The dbtooling documentation site. Guides teach; Reference pages are generated from the code
 * (`pnpm docs:generate`) and checked by tests, so they cannot drift from what the code accepts.
 */
export default defineConfig({
  title: 'dbtooling',
  description: 'DynamoDB, single-table, the Eloquent way: a client, an ORM, a CLI and DynamoDB Local.',
  cleanUrls: true,
  lastUpdated: false,
  markdown: {
    // Sample markers and hidden setup are for the tests, not for readers (./sample-markers.ts).
    config(md) {
      const fence = md.renderer.rules.fence!
      md.renderer.rules.fence = (tokens, idx, ...rest) => {
        const token = tokens[idx]!
        token.content = shownCode(token.content)
        return fence(tokens, idx, ...rest)
      }
    },
  },
  head: [['link', { rel: 'icon', type: 'image/svg+xml', href: '/favicon.svg' }]],
  // The TypeDoc API reference is a separate HTML site copied into the output (see scripts/docs/build-site.ts).
  ignoreDeadLinks: [/^\/api\//],
  themeConfig: {
    search: { provider: 'local' },
    nav: [
      { text: 'Guide', link: '/guide/getting-started' },
      { text: 'Reference', link: '/reference/config' },
      { text: 'API', link: '/api/index.html', target: '_self' },
    ],
    sidebar: [
      {
        text: 'Guides',
        items: [
          { text: 'Getting started in five minutes', link: '/guide/getting-started' },
          { text: 'Single-table design', link: '/guide/single-table-design' },
          { text: 'Designing access patterns', link: '/guide/access-patterns' },
          { text: 'Migrations and backfills', link: '/migrations' },
          { text: 'Seeding', link: '/seeding' },
          { text: 'Import and export', link: '/data' },
          { text: 'Multi-tenancy', link: '/guide/multi-tenancy' },
          { text: 'Performance', link: '/performance' },
          { text: 'Benchmark method and history', link: '/benchmarks' },
          { text: 'Testing with DynamoDB Local', link: '/testing' },
          { text: 'DynamoDB Local', link: '/local' },
          { text: 'Deploying to AWS (IAM)', link: '/guide/deploying' },
          { text: 'Security', link: '/security' },
          { text: 'bun-query-builder on DynamoDB', link: '/driver' },
          { text: 'The command line', link: '/cli' },
          { text: 'Architecture', link: '/architecture' },
        ],
      },
      {
        text: 'Coming from',
        items: [
          { text: 'SQL', link: '/guide/from-sql' },
          { text: 'ElectroDB', link: '/guide/from-electrodb' },
          { text: 'DynamoDB-Toolbox', link: '/guide/from-dynamodb-toolbox' },
        ],
      },
      {
        text: 'Reference',
        items: [
          { text: 'Configuration options', link: '/reference/config' },
          { text: 'CLI commands', link: '/reference/cli' },
          { text: 'API (TypeDoc)', link: '/api/index.html', target: '_self' },
        ],
      },
    ],
  },
})
