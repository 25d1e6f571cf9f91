import { ref } from 'vue'
import { get } from './api.js'

/**
 * The state a van-list of one paged endpoint needs ({pageNum, pageSize} in, {list, totalPage} out): bind
 * loading, error and finished with v-model, call loadMore on @load; list holds every row loaded so far.
 */
export function usePagedList(url, pageSize = 10) {
  const list = ref([])
  const loading = ref(false)
  const finished = ref(false)
  const error = ref(false)
  let page = 0

  async function loadMore() {
    try {
      const res = await get(url, { pageNum: page + 1, pageSize })
      page++
      list.value.push(...res.list)
      finished.value = page >= res.totalPage
    } catch (e) {
      error.value = true
    } finally {
      loading.value = false
    }
  }

  return { list, loading, finished, error, loadMore }
}
