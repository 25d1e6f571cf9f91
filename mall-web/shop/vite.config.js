import { defineConfig } from 'vite'
import vue from '@vitejs/plugin-vue'

// The shop is served by the gateway at "/" from the mall-web jar (classpath:/static/).
export default defineConfig({
  plugins: [vue()],
  base: '/',
  build: {
    outDir: '../target/classes/static',
    emptyOutDir: false,
    assetsDir: 'shop-assets',
    chunkSizeWarningLimit: 1500
  },
  server: {
    proxy: { '^/mall-.*': { target: process.env.MALL_GATEWAY || 'http://127.0.0.1:18301', changeOrigin: true } }
  }
})
