// The client of both apps for the services behind the gateway (same origin: /mall-<service>/...). Every reply
// is the envelope {code, message, data}; a failure becomes an ApiError whose message is the envelope's
// message, in words. Each app makes its own with createGatewayClient(its token key, Vue's reactive), so the
// shop's and the back office's logins never overwrite each other.

import { describeFieldErrors, isFieldErrors } from './field-errors.js'

export class ApiError extends Error {
  constructor(message, status, code, data) {
    super(message)
    this.status = status
    this.code = code
    this.data = data
  }
}

const STATUS_WORDS = {
  400: '输入有误', 401: '请先登录', 403: '没有权限', 404: '找不到该内容', 409: '操作冲突（如库存不足）',
  429: '请求太频繁，请稍后再试', 500: '服务出错了，请稍后再试', 502: '网关出错', 503: '服务暂不可用，请稍后再试',
  504: '服务响应超时'
}

function queryString(query) {
  if (!query) return ''
  const p = new URLSearchParams()
  for (const [k, v] of Object.entries(query)) {
    if (v === undefined || v === null || v === '') continue
    if (Array.isArray(v)) v.forEach(x => p.append(k, x))
    else p.append(k, v)
  }
  const s = p.toString()
  return s ? '?' + s : ''
}

/**
 * fieldLabels: the app's names of request fields as its pages label them ({price: '价格'}); a 400 that names its
 * fields is then said in those words (field-errors.js).
 */
export function createGatewayClient(tokenKey, reactive, fieldLabels = {}) {
  const session = reactive({
    token: localStorage.getItem(tokenKey) || '',
    username: localStorage.getItem(tokenKey + '.user') || ''
  })

  function setSession(token, username) {
    session.token = token || ''
    session.username = username || ''
    if (token) {
      localStorage.setItem(tokenKey, token)
      localStorage.setItem(tokenKey + '.user', username || '')
    } else {
      localStorage.removeItem(tokenKey)
      localStorage.removeItem(tokenKey + '.user')
    }
  }

  let onUnauthorized = () => {}
  function whenUnauthorized(fn) {
    onUnauthorized = fn
  }

  /**
   * request('GET', '/mall-portal/home/content', { query, form, json })
   * form: sent as application/x-www-form-urlencoded; json: sent as a JSON body.
   */
  async function request(method, path, { query, form, json } = {}) {
    const headers = { Accept: 'application/json' }
    if (session.token) headers.Authorization = 'Bearer ' + session.token
    let body
    if (form) {
      headers['Content-Type'] = 'application/x-www-form-urlencoded'
      body = queryString(form).slice(1)
    } else if (json !== undefined) {
      headers['Content-Type'] = 'application/json'
      body = JSON.stringify(json)
    }
    let res
    try {
      res = await fetch(path + queryString(query), { method, headers, body })
    } catch (e) {
      throw new ApiError('网络连接失败，请检查网络后重试', 0)
    }
    let envelope = null
    try {
      envelope = await res.json()
    } catch (e) {
      envelope = null
    }
    if (res.status === 401 || (envelope && envelope.code === 401)) {
      setSession('')
      onUnauthorized()
      throw new ApiError((envelope && envelope.message) || '登录已过期，请重新登录', 401, 401)
    }
    if (!res.ok || !envelope || envelope.code !== 200) {
      const fields = res.status === 400 && envelope && isFieldErrors(envelope.data)
      const message = fields ? describeFieldErrors(envelope.data, fieldLabels)
        : (envelope && envelope.message) || STATUS_WORDS[res.status] || ('请求失败（' + res.status + '）')
      throw new ApiError(message, res.status, envelope && envelope.code, envelope && envelope.data)
    }
    return envelope.data
  }

  return {
    session,
    setSession,
    whenUnauthorized,
    request,
    get: (path, query) => request('GET', path, { query }),
    postForm: (path, form) => request('POST', path, { form }),
    postJson: (path, json) => request('POST', path, { json })
  }
}
