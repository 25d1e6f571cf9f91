import { createApp } from 'vue'
import ElementPlus from 'element-plus'
import zhCn from 'element-plus/es/locale/lang/zh-cn'
import 'element-plus/dist/index.css'
import App from './App.vue'
import router from './router.js'
import { whenUnauthorized } from './api.js'
import './style.css'

whenUnauthorized(() => {
  const current = router.currentRoute.value
  if (current.name !== 'login') {
    router.replace({ name: 'login', query: { redirect: current.fullPath, expired: '1' } })
  }
})

createApp(App).use(router).use(ElementPlus, { locale: zhCn }).mount('#app')
