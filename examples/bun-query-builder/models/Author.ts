export default {
  name: 'Author',
  table: 'authors',
  primaryKey: 'id',
  hasMany: ['Book'],
  attributes: {
    name: { type: 'string', required: true, fillable: true },
    country: { type: 'string', fillable: true },
  },
}
