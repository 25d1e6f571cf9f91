// This app's client for the services behind the gateway: the shared one (mall-web/common), with its own
// token key and the labels of its forms' fields (a 400 names them as the pages do).
import { reactive } from 'vue'
import { ApiError, createGatewayClient } from '../../common/gateway-client.js'
import { FIELD_LABELS } from './field-labels.js'

export { ApiError }
export const { session, setSession, whenUnauthorized, request, get, postForm, postJson } =
  createGatewayClient('mall.shop.token', reactive, FIELD_LABELS)
