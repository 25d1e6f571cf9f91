// This app's client for the services behind the gateway: the shared one (mall-web/common), with its own
// token key.
import { reactive } from 'vue'
import { ApiError, createGatewayClient } from '../../common/gateway-client.js'

export { ApiError }
export const { session, setSession, whenUnauthorized, request, get, postForm, postJson } =
  createGatewayClient('mall.admin.token', reactive)
