import { defineConfig } from 'vite'
import vue from '@vitejs/plugin-vue'

// The back office is served by the gateway at "/admin/" from the mall-web jar (classpath:/static/admin/).
export default defineConfig({
  plugins: [vue()],
  base: '/admin/',
  build: {
    outDir: '../target/classes/static/admin',
    emptyOutDir: false,
    assetsDir: 'assets',
    chunkSizeWarningLimit: 1500
  },
  server: {
    proxy: { '^/mall-.*': { target: process.env.MALL_GATEWAY || 'http://127.0.0.1:18301', changeOrigin: true } }
  }
})
