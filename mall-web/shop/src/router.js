import { createRouter, createWebHashHistory } from 'vue-router'
import { session } from './api.js'

// Hash history: the gateway serves one index.html at "/", the app routes after the "#".
const routes = [
  { path: '/', name: 'home', component: () => import('./views/Home.vue'), meta: { tab: true } },
  { path: '/category', name: 'category', component: () => import('./views/Category.vue'), meta: { tab: true } },
  { path: '/search', name: 'search', component: () => import('./views/Search.vue') },
  { path: '/brand/:id', name: 'brand', component: () => import('./views/Brand.vue') },
  { path: '/product/:id', name: 'product', component: () => import('./views/Product.vue') },
  { path: '/cart', name: 'cart', component: () => import('./views/Cart.vue'), meta: { auth: true, tab: true } },
  { path: '/confirm', name: 'confirm', component: () => import('./views/Confirm.vue'), meta: { auth: true } },
  { path: '/pay/:orderId', name: 'pay', component: () => import('./views/Pay.vue'), meta: { auth: true } },
  { path: '/orders', name: 'orders', component: () => import('./views/Orders.vue'), meta: { auth: true } },
  { path: '/order/:id', name: 'order', component: () => import('./views/OrderDetail.vue'), meta: { auth: true } },
  { path: '/me', name: 'me', component: () => import('./views/Me.vue'), meta: { auth: true, tab: true } },
  { path: '/addresses', name: 'addresses', component: () => import('./views/Addresses.vue'), meta: { auth: true } },
  { path: '/address/:id?', name: 'address', component: () => import('./views/AddressEdit.vue'), meta: { auth: true } },
  { path: '/collections', name: 'collections', component: () => import('./views/Collections.vue'), meta: { auth: true } },
  { path: '/history', name: 'history', component: () => import('./views/History.vue'), meta: { auth: true } },
  { path: '/returns', name: 'returns', component: () => import('./views/Returns.vue'), meta: { auth: true } },
  { path: '/brands', name: 'brands', component: () => import('./views/Brands.vue'), meta: { auth: true } },
  { path: '/coupons', name: 'coupons', component: () => import('./views/Coupons.vue'), meta: { auth: true } },
  { path: '/login', name: 'login', component: () => import('./views/Login.vue') },
  { path: '/register', name: 'register', component: () => import('./views/Register.vue') },
  { path: '/:pathMatch(.*)*', redirect: '/' }
]

const router = createRouter({
  history: createWebHashHistory(),
  routes,
  scrollBehavior: () => ({ top: 0 })
})

router.beforeEach(to => {
  if (to.meta.auth && !session.token) {
    return { name: 'login', query: { redirect: to.fullPath } }
  }
})

export default router
