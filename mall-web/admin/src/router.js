import { createRouter, createWebHashHistory } from 'vue-router'
import { session } from './api.js'

// Menu names of ums_menu (shown by role through /admin/info) -> pages of this app.
export const PAGES = {
  product: '/product',
  productCate: '/category',
  brand: '/brand',
  order: '/order',
  orderSetting: '/orderSetting',
  returnApply: '/returnApply',
  returnReason: '/returnReason',
  flash: '/flash',
  coupon: '/coupon',
  homeContent: '/homeContent',
  member: '/member',
  admin: '/admin',
  role: '/role',
  menu: '/menu',
  resource: '/resource'
}

const routes = [
  { path: '/login', name: 'login', component: () => import('./views/Login.vue') },
  {
    path: '/',
    component: () => import('./views/Layout.vue'),
    children: [
      { path: '', name: 'home', component: () => import('./views/Home.vue') },
      { path: 'product', name: 'product', component: () => import('./views/Products.vue') },
      { path: 'product/add', name: 'productAdd', component: () => import('./views/ProductEdit.vue') },
      { path: 'product/:id(\\d+)', name: 'productEdit', component: () => import('./views/ProductEdit.vue') },
      { path: 'brand', name: 'brand', component: () => import('./views/Brands.vue') },
      { path: 'category', name: 'productCate', component: () => import('./views/Categories.vue') },
      { path: 'order', name: 'order', component: () => import('./views/Orders.vue') },
      { path: 'order/:id', name: 'orderDetail', component: () => import('./views/OrderDetail.vue') },
      { path: 'returnApply', name: 'returnApply', component: () => import('./views/Returns.vue') },
      { path: 'member', name: 'member', component: () => import('./views/Members.vue') },
      { path: 'coupon', name: 'coupon', component: () => import('./views/Coupons.vue') },
      { path: 'flash', name: 'flash', component: () => import('./views/Flash.vue') },
      { path: 'homeContent', name: 'homeContent', component: () => import('./views/HomeContent.vue') },
      { path: 'admin', name: 'admin', component: () => import('./views/Admins.vue') },
      { path: 'role', name: 'role', component: () => import('./views/Roles.vue') },
      { path: 'orderSetting', name: 'orderSetting', component: () => import('./views/OrderSetting.vue') },
      { path: 'returnReason', name: 'returnReason', component: () => import('./views/SimpleLists.vue'), props: { kind: 'returnReason' } },
      { path: 'menu', name: 'menu', component: () => import('./views/SimpleLists.vue'), props: { kind: 'menu' } },
      { path: 'resource', name: 'resource', component: () => import('./views/SimpleLists.vue'), props: { kind: 'resource' } }
    ]
  },
  { path: '/:pathMatch(.*)*', redirect: '/' }
]

const router = createRouter({ history: createWebHashHistory(), routes })

router.beforeEach(to => {
  if (to.name !== 'login' && !session.token) {
    return { name: 'login', query: { redirect: to.fullPath } }
  }
})

export default router
