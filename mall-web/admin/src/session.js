// The signed-in admin's info (/admin/info: roles and menus), loaded once after login.
import { reactive } from 'vue'
import { get } from './api.js'

export const admin = reactive({ info: null, loading: null })

export function loadInfo(force) {
  if (!admin.loading || force) {
    admin.loading = get('/mall-admin/admin/info').then(info => {
      admin.info = info
      return info
    }).catch(e => {
      admin.loading = null
      throw e
    })
  }
  return admin.loading
}

export function clearInfo() {
  admin.info = null
  admin.loading = null
}
