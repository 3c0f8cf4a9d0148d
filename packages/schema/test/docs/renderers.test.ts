import { describe, expect, it } from 'vitest'
import { deriveDesign, renderDesignJson, renderMarkdown, renderMermaid } from '../../src/index'
import { blogModels } from '../fixtures/blog'
import { saasModels } from '../fixtures/saas'

const blog = deriveDesign(blogModels)

describe('renderers', () => {
  it('renders JSON that parses back to the design', () => {
    const text = renderDesignJson(blog)
    expect(text.endsWith('}\n')).toBe(true)
    expect(JSON.parse(text)).toEqual(blog)
  })

  it('draws every relation once in the ER diagram', () => {
    const diagram = renderMermaid(blog)
    expect(diagram.startsWith('erDiagram\n')).toBe(true)
    expect(diagram).toContain('  Team ||--o{ User : "users"')
    expect(diagram).toContain('  User ||--o| Profile : "profile"')
    expect(diagram).toContain('  Post }o--o{ Tag : "PostTag"')
    expect(diagram).toContain('    string email UK')
    expect(diagram).toContain('    string teamId FK')
    expect(diagram.split('User ||--o{ Post').length).toBe(2)
  })

  it('documents each pattern with sample keys and ORM code', () => {
    const markdown = renderMarkdown(blog, { title: 'Blog' })
    expect(markdown.startsWith('# Blog\n')).toBe(true)
    expect(markdown).toContain('| User | GetItem | Query | Query | GetItem | GetItem | Query | Query | - |')
    expect(markdown).toContain("await Post.where('userId', user.id).get()")
    expect(markdown).toContain('```mermaid')
    expect(renderMarkdown(blog, { diagram: false })).not.toContain('```mermaid')
  })

  it('says which items a sparse index holds and when a prefix reads deeper items', () => {
    const markdown = renderMarkdown(deriveDesign(saasModels))
    expect(markdown).toContain('holds Task items with assigneeId set')
    expect(markdown).toContain('Also reads TimeEntry items under the same prefix')
  })
})
