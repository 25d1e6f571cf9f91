// Builds the two Vite apps into target/classes/static (shop at "/", back office at "/admin/").
// Called by Maven (exec-maven-plugin, phase generate-resources) with the machine's Node/npm.
// Fast when nothing changed: `npm ci` runs only when node_modules is missing or older than
// package-lock.json, and an app is rebuilt only when one of its sources is newer than its output.
// `node build.mjs --force` rebuilds both.
import { execSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

const root = path.dirname(new URL(import.meta.url).pathname)
const force = process.argv.includes('--force')
const staticDir = path.join(root, 'target', 'classes', 'static')
const apps = [
  { name: 'shop', out: staticDir, clean: ['index.html', 'shop-assets'] },
  { name: 'admin', out: path.join(staticDir, 'admin'), clean: ['.'] }
]

function mtime(p) {
  try { return fs.statSync(p).mtimeMs } catch { return 0 }
}

function newest(p) {
  const st = fs.statSync(p, { throwIfNoEntry: false })
  if (!st) return 0
  if (!st.isDirectory()) return st.mtimeMs
  let max = st.mtimeMs
  for (const e of fs.readdirSync(p)) max = Math.max(max, newest(path.join(p, e)))
  return max
}

function run(cmd, cwd) {
  console.log(`[mall-web] ${path.basename(cwd)}: ${cmd}`)
  execSync(cmd, { cwd, stdio: 'inherit', env: { ...process.env, npm_config_audit: 'false', npm_config_fund: 'false', npm_config_update_notifier: 'false' } })
}

for (const app of apps) {
  const dir = path.join(root, app.name)
  const started = Date.now()
  if (force || mtime(path.join(dir, 'node_modules', '.package-lock.json')) < mtime(path.join(dir, 'package-lock.json'))) {
    try {
      run('npm ci --no-audit --no-fund --prefer-offline', dir)
    } catch (e) {
      // npm 11 can write a lock without the other platforms' optional packages (@rollup/rollup-*), which
      // its own `npm ci` then refuses; install from the same lock without rewriting it
      console.log(`[mall-web] ${app.name}: npm ci refused the lock file, installing from it with npm install --no-save`)
      run('npm install --no-save --no-audit --no-fund --prefer-offline', dir)
    }
  }
  const sources = Math.max(newest(path.join(dir, 'src')), newest(path.join(dir, 'public')), mtime(path.join(dir, 'index.html')),
    mtime(path.join(dir, 'vite.config.js')), mtime(path.join(dir, 'package-lock.json')), mtime(path.join(root, 'build.mjs')),
    newest(path.join(root, 'common')))
  const built = mtime(path.join(app.out, 'index.html'))
  if (!force && built > sources) {
    console.log(`[mall-web] ${app.name}: up to date`)
    continue
  }
  for (const c of app.clean) fs.rmSync(path.join(app.out, c), { recursive: true, force: true })
  run('npm run build', dir)
  console.log(`[mall-web] ${app.name}: built in ${((Date.now() - started) / 1000).toFixed(1)} s`)
}
