export default {
  name: 'Book',
  table: 'books',
  primaryKey: 'id',
  belongsTo: ['Author'],
  attributes: {
    title: { type: 'string', required: true, fillable: true },
    genre: { type: 'string', fillable: true },
    year: { type: 'number', fillable: true },
    authorId: { type: 'string', fillable: true },
  },
  // "books of a genre, by title": one Query, and LIKE 'prefix%' on the title is its key condition.
  indexes: [{ name: 'byGenre', columns: ['genre', 'title'] }],
}
