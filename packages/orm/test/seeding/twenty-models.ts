import { defineModel, stacksSchema as schema } from '@dbtooling/schema'

// Twenty models using every relation kind: belongsTo/hasMany/hasOne, belongsToMany with a pivot attribute,
// morphOne/morphMany/morphTo, morphToMany/morphedByMany, children in the parent's item collection, a
// self reference (Category tree) and a cycle (Department <-> Manager).

const name = { type: 'string', required: true, validation: { rule: schema.string().min(2).max(60) } } as const

export const Organization = defineModel({
  name: 'Organization',
  traits: { useUuid: true, useTimestamps: true },
  attributes: { name, website: { type: 'string', validation: { rule: schema.string().url() } } },
  hasMany: ['Team', 'Channel', 'Vendor'],
} as const)

export const Team = defineModel({
  name: 'Team',
  traits: { useUuid: true },
  attributes: { name, organizationId: { type: 'string' } },
  belongsTo: ['Organization'],
  hasMany: ['User'],
} as const)

export const User = defineModel({
  name: 'User',
  traits: { useUuid: true, useTimestamps: true },
  attributes: {
    email: { type: 'string', unique: true, required: true, validation: { rule: schema.string().email() } },
    name,
    age: { type: 'number', validation: { rule: schema.number().min(18).max(90) } },
    teamId: { type: 'string' },
  },
  belongsTo: ['Team'],
  hasOne: ['Profile'],
  hasMany: ['Post'],
  belongsToMany: [{ model: 'Role', pivot: { attributes: ['grantedAt'] } }],
} as const)

export const Profile = defineModel({
  name: 'Profile',
  traits: { useUuid: true },
  attributes: {
    bio: { type: 'string', validation: { rule: schema.string().max(500) } },
    userId: { type: 'string' },
  },
  belongsTo: ['User'],
} as const)

export const Role = defineModel({
  name: 'Role',
  traits: { useUuid: true },
  attributes: { name: { type: 'string', unique: true, required: true } },
  belongsToMany: ['User'],
} as const)

export const Category = defineModel({
  name: 'Category',
  traits: { useUuid: true },
  attributes: { name, parentId: { type: 'string' } },
  belongsTo: [{ model: 'Category', foreignKey: 'parentId', relationName: 'parent' }],
  hasMany: ['Post'],
} as const)

export const Post = defineModel({
  name: 'Post',
  traits: { useUuid: true, useTimestamps: true },
  attributes: {
    title: { type: 'string', required: true, validation: { rule: schema.string().min(3).max(120) } },
    status: { type: 'string', validation: { rule: schema.enum(['draft', 'published', 'archived']) } },
    userId: { type: 'string' },
    categoryId: { type: 'string' },
  },
  belongsTo: ['User', 'Category'],
  hasMany: [{ model: 'Comment', collection: true }],
  morphMany: [{ model: 'Image', morphName: 'imageable' }],
  morphToMany: [{ model: 'Tag', morphName: 'taggable' }],
} as const)

export const Comment = defineModel({
  name: 'Comment',
  traits: { useUuid: true },
  attributes: { body: { type: 'string', required: true }, postId: { type: 'string' } },
  belongsTo: ['Post'],
} as const)

export const Tag = defineModel({
  name: 'Tag',
  traits: { useUuid: true },
  attributes: { label: { type: 'string', unique: true, required: true } },
  morphedByMany: [
    { model: 'Post', morphName: 'taggable' },
    { model: 'Video', morphName: 'taggable' },
  ],
} as const)

export const Channel = defineModel({
  name: 'Channel',
  traits: { useUuid: true },
  attributes: { name, organizationId: { type: 'string' } },
  belongsTo: ['Organization'],
  hasMany: ['Video'],
} as const)

export const Video = defineModel({
  name: 'Video',
  traits: { useUuid: true },
  attributes: {
    title: { type: 'string', required: true },
    seconds: { type: 'number', validation: { rule: schema.number().min(1).max(7200) } },
    channelId: { type: 'string' },
  },
  belongsTo: ['Channel'],
  morphMany: [{ model: 'Image', morphName: 'imageable' }],
  morphToMany: [{ model: 'Tag', morphName: 'taggable' }],
} as const)

export const Image = defineModel({
  name: 'Image',
  traits: { useUuid: true },
  attributes: { url: { type: 'string', required: true, validation: { rule: schema.string().url() } } },
  morphTo: 'imageable',
} as const)

export const Vendor = defineModel({
  name: 'Vendor',
  traits: { useUuid: true },
  attributes: { name, organizationId: { type: 'string' } },
  belongsTo: ['Organization'],
  hasMany: ['Product'],
} as const)

export const Product = defineModel({
  name: 'Product',
  traits: { useUuid: true },
  attributes: {
    sku: {
      type: 'string',
      unique: true,
      required: true,
      validation: { rule: schema.string().alphanumeric().length(10) },
    },
    price: { type: 'number', required: true, validation: { rule: schema.number().min(1).max(1000) } },
    vendorId: { type: 'string' },
  },
  belongsTo: ['Vendor'],
} as const)

export const Customer = defineModel({
  name: 'Customer',
  traits: { useUuid: true },
  attributes: {
    email: { type: 'string', unique: true, required: true, validation: { rule: schema.string().email() } },
    name,
  },
  hasOne: ['Address'],
  hasMany: ['Order'],
  morphOne: [{ model: 'Image', morphName: 'imageable' }],
} as const)

export const Address = defineModel({
  name: 'Address',
  traits: { useUuid: true },
  attributes: { city: { type: 'string', required: true }, customerId: { type: 'string' } },
  belongsTo: ['Customer'],
} as const)

export const Order = defineModel({
  name: 'Order',
  traits: { useUuid: true, useTimestamps: true },
  attributes: {
    status: {
      type: 'string',
      required: true,
      validation: { rule: schema.enum(['open', 'paid', 'shipped']) },
    },
    customerId: { type: 'string' },
  },
  belongsTo: ['Customer'],
  hasMany: ['OrderLine'],
} as const)

export const OrderLine = defineModel({
  name: 'OrderLine',
  traits: { useUuid: true },
  attributes: {
    quantity: { type: 'number', required: true, validation: { rule: schema.number().min(1).max(20) } },
    orderId: { type: 'string' },
    productId: { type: 'string' },
  },
  belongsTo: ['Order', 'Product'],
} as const)

export const Department = defineModel({
  name: 'Department',
  traits: { useUuid: true },
  attributes: { name, managerId: { type: 'string' } },
  belongsTo: ['Manager'],
  hasMany: ['Manager'],
} as const)

export const Manager = defineModel({
  name: 'Manager',
  traits: { useUuid: true },
  attributes: { name, departmentId: { type: 'string', required: true } },
  belongsTo: ['Department'],
  hasMany: ['Department'],
} as const)

export const twentyModels = [
  Organization,
  Team,
  User,
  Profile,
  Role,
  Category,
  Post,
  Comment,
  Tag,
  Channel,
  Video,
  Image,
  Vendor,
  Product,
  Customer,
  Address,
  Order,
  OrderLine,
  Department,
  Manager,
] as const
