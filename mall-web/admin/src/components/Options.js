// Choices shared by several pages: brands and the category tree, fetched once per page load.
import { get } from '../api.js'

let brands = null
let categories = null

export function brandOptions() {
  if (!brands) {
    brands = get('/mall-admin/brand/list', { pageNum: 1, pageSize: 100 }).then(p => p.list).catch(e => {
      brands = null
      throw e
    })
  }
  return brands
}

export function categoryTree() {
  if (!categories) {
    categories = get('/mall-admin/productCategory/list/withChildren').then(list =>
      list.map(c => ({ value: c.id, label: c.name, children: (c.children || []).map(x => ({ value: x.id, label: x.name })) }))
    ).catch(e => {
      categories = null
      throw e
    })
  }
  return categories
}

export function forgetOptions() {
  brands = null
  categories = null
}
